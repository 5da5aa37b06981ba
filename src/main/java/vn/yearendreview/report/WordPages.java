package vn.yearendreview.report;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import static vn.yearendreview.report.WordStyles.HEADER;

/**
 * The pages of a Word draft: A4 with the PDF's margins, portrait or landscape section by
 * section, and the page number as a field centred at the top from page 2.
 */
final class WordPages {

	/** Twips in a point. */
	static final int TWIPS = 20;

	/** The margins of the PDF's pages, in points: portrait, then landscape. */
	private static final int[] PORTRAIT_MARGINS = { 57, 43, 57, 85 };

	private static final int[] LANDSCAPE_MARGINS = { 43, 43, 43, 57 };

	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	/** The text width of a portrait page, in points. */
	static final int PORTRAIT_WIDTH = 467;

	/** The text width of a landscape page, in points. */
	static final int LANDSCAPE_WIDTH = 742;

	private WordPages() {
	}

	/**
	 * Sets a section's pages: A4 in the orientation asked, with the PDF's margins.
	 * @param section the section
	 * @param landscape whether its pages are landscape
	 */
	static void page(CTSectPr section, boolean landscape) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		int[] margins = landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
		CTPageMar margin = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margin.setTop(BigInteger.valueOf(margins[0] * TWIPS));
		margin.setRight(BigInteger.valueOf(margins[1] * TWIPS));
		margin.setBottom(BigInteger.valueOf(margins[2] * TWIPS));
		margin.setLeft(BigInteger.valueOf(margins[3] * TWIPS));
		margin.setHeader(BigInteger.valueOf(567));
		margin.setFooter(BigInteger.valueOf(567));
		margin.setGutter(BigInteger.ZERO);
	}

	/**
	 * The page number, a field centred in the header of every page but the first: the
	 * first section has an empty header on its first page.
	 * @param document the document, its body written
	 * @param sections its sections in order, the last one the body's own
	 */
	static void pageNumbers(XWPFDocument document, List<CTSectPr> sections) {
		XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = header.createParagraph();
		number.setStyle(HEADER);
		number.setAlignment(ParagraphAlignment.CENTER);
		number.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		XWPFRun instruction = number.createRun();
		instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
		number.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		number.createRun().setText("2");
		number.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		XWPFHeader firstPage = document.createHeader(HeaderFooterType.FIRST);
		firstPage.createParagraph().setStyle(HEADER);
		CTSectPr last = document.getDocument().getBody().getSectPr();
		CTHdrFtrRef[] references = last.getHeaderReferenceArray();
		CTSectPr first = sections.get(0);
		if (first != last) {
			for (CTHdrFtrRef reference : references) {
				first.addNewHeaderReference().set(reference);
			}
			first.addNewTitlePg();
			// the later sections show the number from their first page, as the PDF's
			// appendices do
			for (int i = last.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
				if (last.getHeaderReferenceArray(i)
					.getType()
					.equals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr.FIRST)) {
					last.removeHeaderReference(i);
				}
			}
			if (last.isSetTitlePg()) {
				last.unsetTitlePg();
			}
			for (CTSectPr section : sections.subList(1, sections.size() - 1)) {
				for (CTHdrFtrRef reference : last.getHeaderReferenceArray()) {
					section.addNewHeaderReference().set(reference);
				}
			}
		}
		else if (!last.isSetTitlePg()) {
			last.addNewTitlePg();
		}
	}

}
