package vn.yearendreview.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import static vn.yearendreview.report.WordPages.TWIPS;
import static vn.yearendreview.report.WordStyles.TABLE_HEADING;
import static vn.yearendreview.report.WordStyles.TABLE_TEXT;
import static vn.yearendreview.report.WordStyles.run;

/**
 * The tables of a Word draft: borderless ones that lay out the header block and the
 * signature, and real ones for a document's data, ruled, of fixed column widths, with
 * their heading row repeated on every page and rows never split.
 */
final class WordTables {

	private WordTables() {
	}

	/**
	 * A table without borders, of one row, its columns of the widths given in points.
	 * @param document the document it ends
	 * @param widths the widths of its columns, in points
	 * @return the table
	 */
	static XWPFTable borderless(XWPFDocument document, int[] widths) {
		return table(document, widths, STBorder.NONE);
	}

	private static XWPFTable table(XWPFDocument document, int[] widths, STBorder.Enum border) {
		XWPFTable table = document.createTable();
		CTTblPr properties = table.getCTTbl().getTblPr();
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		properties.getTblW().setType(STTblWidth.DXA);
		properties.getTblW().setW(BigInteger.valueOf((long) total * TWIPS));
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders()
				: properties.addNewTblBorders();
		for (CTBorder side : new CTBorder[] { borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
				borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
				borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
				borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
				borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
				borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV() }) {
			side.setVal(border);
			if (border != STBorder.NONE) {
				side.setSz(BigInteger.valueOf(4));
				side.setSpace(BigInteger.ZERO);
				side.setColor("000000");
			}
		}
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		XWPFTableRow row = table.getRow(0);
		for (int i = 0; i < widths.length; i++) {
			grid.addNewGridCol().setW(BigInteger.valueOf((long) widths[i] * TWIPS));
			XWPFTableCell cell = (i == 0) ? row.getCell(0) : row.addNewTableCell();
			cell.setWidth(String.valueOf(widths[i] * TWIPS));
		}
		return table;
	}

	/**
	 * A table with its heading row repeated on each page and rows never split; a row's
	 * group heading spans the table above the group's first row.
	 * @param document the document it ends
	 * @param content its columns and rows
	 * @param textWidth the width it fills, in points, shared by the columns in the
	 * proportions of theirs
	 * @return its last two rows
	 */
	static List<XWPFTableRow> table(XWPFDocument document, CommitteeDocument.Table content, int textWidth) {
		List<CommitteeDocument.Column> columns = content.columns();
		int total = columns.stream().mapToInt(CommitteeDocument.Column::width).sum();
		int[] widths = new int[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = columns.get(i).width() * textWidth / total;
		}
		XWPFTable table = table(document, widths, STBorder.SINGLE);
		XWPFTableRow heading = table.getRow(0);
		heading.setRepeatHeader(true);
		heading.setCantSplitRow(true);
		for (int i = 0; i < columns.size(); i++) {
			XWPFTableCell cell = heading.getCell(i);
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			run(cellParagraph(cell, TABLE_HEADING, ParagraphAlignment.CENTER), columns.get(i).heading());
		}
		String group = null;
		XWPFTableRow secondLast = null;
		XWPFTableRow last = null;
		try (Stream<CommitteeDocument.Row> rows = content.rows().open()) {
			for (CommitteeDocument.Row row : (Iterable<CommitteeDocument.Row>) rows::iterator) {
				if (row.group() != null && !row.group().equals(group)) {
					groupRow(table, row.group(), columns.size());
				}
				group = row.group();
				XWPFTableRow line = table.createRow();
				secondLast = last;
				last = line;
				line.setCantSplitRow(true);
				for (int i = 0; i < columns.size(); i++) {
					String text = (i < row.cells().size()) ? row.cells().get(i) : null;
					XWPFTableCell cell = line.getCell(i);
					cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
					run(cellParagraph(cell, TABLE_TEXT, alignment(columns.get(i).align())), text);
				}
			}
		}
		List<XWPFTableRow> end = new ArrayList<>();
		if (secondLast != null) {
			end.add(secondLast);
		}
		if (last != null) {
			end.add(last);
		}
		return end;
	}

	/**
	 * Keeps rows of a table on the page of what follows them.
	 * @param rows the rows
	 */
	static void keepWithNext(List<XWPFTableRow> rows) {
		for (XWPFTableRow row : rows) {
			for (XWPFTableCell cell : row.getTableCells()) {
				cell.getParagraphs().forEach((paragraph) -> paragraph.setKeepNext(true));
			}
		}
	}

	/** A group's heading: one cell across the table, in bold. */
	private static void groupRow(XWPFTable table, String heading, int columns) {
		XWPFTableRow row = table.createRow();
		row.setCantSplitRow(true);
		for (int i = columns - 1; i > 0; i--) {
			row.removeCell(i);
		}
		XWPFTableCell cell = row.getCell(0);
		CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
		XWPFParagraph p = cellParagraph(cell, TABLE_TEXT, ParagraphAlignment.LEFT);
		p.setKeepNext(true);
		run(p, heading).setBold(true);
	}

	/**
	 * The first paragraph of a cell, in a style.
	 * @param cell the cell
	 * @param style the style's identifier
	 * @param alignment how its lines are aligned
	 * @return the paragraph
	 */
	static XWPFParagraph cellParagraph(XWPFTableCell cell, String style, ParagraphAlignment alignment) {
		XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		p.setStyle(style);
		p.setAlignment(alignment);
		return p;
	}

	/**
	 * A new paragraph at the end of a cell, in a style.
	 * @param cell the cell
	 * @param style the style's identifier
	 * @param alignment how its lines are aligned
	 * @return the paragraph
	 */
	static XWPFParagraph addParagraph(XWPFTableCell cell, String style, ParagraphAlignment alignment) {
		XWPFParagraph p = cell.addParagraph();
		p.setStyle(style);
		p.setAlignment(alignment);
		return p;
	}

	private static ParagraphAlignment alignment(CommitteeDocument.Align align) {
		return switch (align) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
		};
	}

}
