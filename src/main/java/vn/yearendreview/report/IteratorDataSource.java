package vn.yearendreview.report;

import java.util.Iterator;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Records handed to a template one at a time, as they are read: a document of a million
 * records is filled without holding them all.
 */
final class IteratorDataSource implements JRDataSource {

	private final Iterator<? extends Map<String, ?>> records;

	private Map<String, ?> current;

	IteratorDataSource(Iterator<? extends Map<String, ?>> records) {
		this.records = records;
	}

	@Override
	public boolean next() {
		if (!this.records.hasNext()) {
			this.current = null;
			return false;
		}
		this.current = this.records.next();
		return true;
	}

	@Override
	public Object getFieldValue(JRField field) {
		return (this.current != null) ? this.current.get(field.getName()) : null;
	}

}
