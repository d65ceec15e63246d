package com.fundguard.reconciliation.report.adapter.in.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The reports' PDF writer (A4 landscape) with Apache PDFBox: a title, lines of text and tables, page after page. Latin
 * text is set in Helvetica (a standard font, not embedded); everything Helvetica cannot encode — Chinese payee names
 * above all — in Droid Sans Fallback, embedded as a subset (Apache License 2.0, shipped in resources/fonts with its
 * notice). A character neither font has is printed as '?', never dropped silently from a figure: amounts and references
 * are ASCII. Pages after the first start with the report's running head and their number; a table's header row is
 * repeated on each page it runs over.
 */
final class ReportPdf {

    /** What a report writes onto its pages. */
    @FunctionalInterface
    interface Body {
        void write(ReportPdf pdf) throws IOException;
    }

    private static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final float MARGIN = 36;
    private static final float LINE = 13;
    private static final float SIZE = 8.5f;

    private final PDDocument document;
    private final PDFont latin;
    private final PDFont bold;
    private final PDFont cjk;
    private final String runningHead;
    private PDPageContentStream content;
    private float y;
    private int pages;
    private float[] headerColumns;
    private String[] header;

    private ReportPdf(PDDocument document, PDFont latin, PDFont bold, PDFont cjk, String runningHead) {
        this.document = document;
        this.latin = latin;
        this.bold = bold;
        this.cjk = cjk;
        this.runningHead = runningHead;
    }

    static void write(OutputStream out, String runningHead, Body body) {
        try (PDDocument document = new PDDocument(); InputStream font = ReportPdf.class.getResourceAsStream(CJK_FONT)) {
            ReportPdf pdf = new ReportPdf(document, new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), PDType0Font.load(document, font, true), runningHead);
            pdf.newPage();
            body.write(pdf);
            pdf.content.close();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void title(String text) throws IOException {
        text(MARGIN, text, bold, 14);
        y -= 8;
    }

    void line(String text) throws IOException {
        text(MARGIN, text, latin, SIZE + 1);
    }

    /** A line in bold, above a table or a part of the report. */
    void heading(String text) throws IOException {
        text(MARGIN, text, bold, SIZE + 1);
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a table: its header row in bold, at these column offsets (points from the margin), repeated on each new page. */
    void header(float[] columns, String... cells) throws IOException {
        headerColumns = columns;
        header = cells;
        row(columns, bold, cells);
    }

    void row(float[] columns, String... cells) throws IOException {
        if (y - LINE < MARGIN && header != null) {
            newPage();
            row(headerColumns, bold, header);
        }
        row(columns, latin, cells);
    }

    /** Ends the table: its header is not repeated any more. */
    void endTable() {
        header = null;
        headerColumns = null;
    }

    static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    private void row(float[] columns, PDFont font, String... cells) throws IOException {
        if (y - LINE < MARGIN) {
            newPage();
        }
        for (int i = 0; i < cells.length; i++) {
            show(MARGIN + columns[i], y, cells[i], font, SIZE);
        }
        y -= LINE;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pages++;
        y = page.getMediaBox().getHeight() - MARGIN;
        if (pages > 1) {
            text(MARGIN, runningHead + " (page " + pages + ")", latin, SIZE);
        }
    }

    private void text(float x, String text, PDFont font, float size) throws IOException {
        if (y - LINE < MARGIN) {
            newPage();
        }
        show(x, y, text, font, size);
        y -= LINE + (size - SIZE);
    }

    /** Shows the text in runs: what the Latin font encodes in it, the rest in the CJK font. */
    private void show(float x, float atY, String text, PDFont font, float size) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, atY);
        StringBuilder run = new StringBuilder();
        PDFont runFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            i += Character.charCount(codePoint);
            PDFont chosen = encodes(font, ch) ? font : encodes(cjk, ch) ? cjk : font;
            if (chosen == font && !encodes(font, ch)) {
                ch = "?";
            }
            if (chosen != runFont && !run.isEmpty()) {
                content.setFont(runFont, size);
                content.showText(run.toString());
                run.setLength(0);
            }
            runFont = chosen;
            run.append(ch);
        }
        if (!run.isEmpty()) {
            content.setFont(runFont, size);
            content.showText(run.toString());
        }
        content.endText();
    }

    private static boolean encodes(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException cannot) {
            return false;
        }
    }
}
