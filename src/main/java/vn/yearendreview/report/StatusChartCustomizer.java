package vn.yearendreview.report;

import java.awt.Color;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;

/**
 * Gives each verdict the same colour in every chart, whichever verdicts occur: the series
 * are named with the translated labels of the {@code STATUS_LABELS} parameter.
 */
public class StatusChartCustomizer extends JRAbstractChartCustomizer {

	private static final Map<String, Color> COLORS = Map.of("EXCEEDED", new Color(0x1B5E20), "ACHIEVED",
			new Color(0x66BB6A), "NEARLY_ACHIEVED", new Color(0xFFB300), "NOT_ACHIEVED", new Color(0xC62828), "NO_DATA",
			new Color(0x9E9E9E));

	@Override
	public void customize(JFreeChart chart, JRChart jasperChart) {
		if (!(chart.getPlot() instanceof CategoryPlot plot) || !(plot.getRenderer() instanceof BarRenderer renderer)) {
			return;
		}
		if (plot.getRangeAxis() instanceof NumberAxis axis) {
			axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		}
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		chart.setBackgroundPaint(Color.WHITE);
		Object labels = getParameterValue("STATUS_LABELS");
		if (!(labels instanceof Map<?, ?> statusLabels) || plot.getDataset() == null) {
			return;
		}
		for (int series = 0; series < plot.getDataset().getRowCount(); series++) {
			Comparable<?> key = plot.getDataset().getRowKey(series);
			for (Map.Entry<?, ?> label : statusLabels.entrySet()) {
				if (label.getValue().equals(key) && COLORS.containsKey(label.getKey())) {
					renderer.setSeriesPaint(series, COLORS.get(label.getKey()));
				}
			}
		}
	}

}
