package com.fundguard.reconciliation.report.adapter.in.web;

import com.fundguard.reconciliation.close.domain.Amounts;
import com.fundguard.reconciliation.close.domain.LineStatus;
import com.fundguard.reconciliation.report.application.DailyReconciliationReport;
import com.fundguard.reconciliation.report.application.DailyReconciliationReport.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The daily report as a PDF (A4 landscape) with Apache PDFBox. Latin text is set in Helvetica (a standard font, not
 * embedded); everything Helvetica cannot encode — Chinese payee names above all — in Droid Sans Fallback, embedded as
 * a subset (Apache License 2.0, shipped in resources/fonts with its notice). A character neither font has is
 * printed as '?', never dropped silently from a figure: amounts and references are ASCII.
 */
final class DailyReportPdf {

    private static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final float MARGIN = 36;
    private static final float LINE = 13;
    private static final float SIZE = 8.5f;
    private static final float[] COLUMNS = {0, 28, 110, 170, 230, 262, 352, 532, 662};

    private DailyReportPdf() {
    }

    static void write(DailyReconciliationReport report, OutputStream out) {
        try (PDDocument document = new PDDocument(); InputStream cjk = DailyReportPdf.class.getResourceAsStream(CJK_FONT)) {
            Fonts fonts = new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), PDType0Font.load(document, cjk, true));
            new Pages(document, fonts, report).write();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Fonts(PDFont latin, PDFont bold, PDFont cjk) {
    }

    /** Writes line after line, starting a new page when the page is full. */
    private static final class Pages {
        private final PDDocument document;
        private final Fonts fonts;
        private final DailyReconciliationReport report;
        private PDPageContentStream content;
        private float y;
        private int pages;

        Pages(PDDocument document, Fonts fonts, DailyReconciliationReport report) {
            this.document = document;
            this.fonts = fonts;
            this.report = report;
        }

        void write() throws IOException {
            newPage();
            String currency = report.currency().map(c -> c.getCurrencyCode()).orElse("");
            text(MARGIN, "Daily reconciliation report 每日对账报告", fonts.bold(), 14);
            y -= 8;
            line("Account 账户: " + report.account() + "    Day 日期: " + report.day() + "    Currency 币种: " + currency);
            line("State 状态: " + report.state() + (report.closable() ? "" : " (not closable 不可关账)")
                    + report.closedAt().map(at -> "    closed at " + at + " by " + report.closedBy().orElseThrow()).orElse(""));
            line("Opening balance 期初余额: " + report.openingBalance().map(this::amount).orElse("not known"));
            y -= 4;
            row(fonts.bold(), "#", "Statement", "Booking", "Value", "D/C", "Amount", "Counterparty 对方户名", "Reference", "Standing 状态");
            for (Entry e : report.entries()) {
                row(fonts.latin(), Integer.toString(e.lineNumber()), cut(e.statementReference(), 14), e.bookingDate().toString(),
                        e.valueDate().toString(), e.direction() == com.fundguard.reconciliation.close.domain.Direction.CREDIT ? "C" : "D",
                        Amounts.format(e.amount(), e.currency()), cut(e.counterpartyName(), 32), cut(e.reference(), 24),
                        DailyReconciliationReport.standing(e.standing()));
            }
            if (report.entries().isEmpty()) {
                line("No entries booked on this day. 当日无交易。");
            }
            y -= 4;
            line("Closing balance 期末余额: " + report.closingBalance().map(this::amount).orElse("no statement states one"));
            line("Total credits 贷方合计: " + amount(report.totalCredits()) + "    Total debits 借方合计: " + amount(report.totalDebits())
                    + "    Lines 笔数: " + report.entries().size());
            List<String> counts = new ArrayList<>();
            for (LineStatus.Kind kind : LineStatus.Kind.values()) {
                counts.add(kind + " " + report.linesByStanding().get(kind));
            }
            line("Lines by standing: " + String.join(", ", counts));
            for (String blocker : report.blockers()) {
                line("Blocks the close 未能关账: " + blocker);
            }
            content.close();
        }

        private String amount(BigDecimal amount) {
            return report.currency().map(c -> Amounts.format(amount, c)).orElse(amount.toPlainString());
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
                text(MARGIN, report.account() + " " + report.day() + " (page " + pages + ")", fonts.latin(), SIZE);
            }
        }

        private void line(String text) throws IOException {
            text(MARGIN, text, fonts.latin(), SIZE + 1);
        }

        private void row(PDFont font, String... cells) throws IOException {
            if (y - LINE < MARGIN) {
                newPage();
            }
            for (int i = 0; i < cells.length; i++) {
                show(MARGIN + COLUMNS[i], y, cells[i], font, SIZE);
            }
            y -= LINE;
        }

        private void text(float x, String text, PDFont font, float size) throws IOException {
            if (y - LINE < MARGIN) {
                newPage();
            }
            show(x, y, text, font, size);
            y -= LINE + (size - SIZE);
        }

        /** Shows the text in runs: what the Latin font encodes in it, the rest in the CJK font. */
        private void show(float x, float atY, String text, PDFont latin, float size) throws IOException {
            content.beginText();
            content.newLineAtOffset(x, atY);
            StringBuilder run = new StringBuilder();
            PDFont runFont = null;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                String ch = new String(Character.toChars(codePoint));
                i += Character.charCount(codePoint);
                PDFont font = encodes(latin, ch) ? latin : encodes(fonts.cjk(), ch) ? fonts.cjk() : latin;
                if (font == latin && !encodes(latin, ch)) {
                    ch = "?";
                }
                if (font != runFont && !run.isEmpty()) {
                    content.setFont(runFont, size);
                    content.showText(run.toString());
                    run.setLength(0);
                }
                runFont = font;
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

    private static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
