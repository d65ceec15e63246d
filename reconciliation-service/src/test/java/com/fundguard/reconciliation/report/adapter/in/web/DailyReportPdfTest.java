package com.fundguard.reconciliation.report.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.reconciliation.close.domain.Direction;
import com.fundguard.reconciliation.close.domain.LineStatus;
import com.fundguard.reconciliation.report.application.DailyReconciliationReport;
import com.fundguard.reconciliation.report.application.DailyReconciliationReport.Entry;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF of a long day: every entry on some page, names in any script readable back, none dropped. */
class DailyReportPdfTest {

    static final Currency CNY = Currency.getInstance("CNY");
    static final LocalDate DAY = LocalDate.of(2026, 3, 6);

    @Test
    void aDayOfManyEntriesRunsOverPagesAndKeepsEveryEntry() throws Exception {
        List<Entry> entries = IntStream.rangeClosed(1, 120).mapToObj(i -> new Entry(i, "STMT", DAY, DAY, Direction.DEBIT,
                new BigDecimal(i + ".10"), CNY, i % 2 == 0 ? "北京测试科技有限公司" + i : "Müller & Søn GmbH " + i, "6217", "E2E-" + i,
                LineStatus.matched("EXACT_REFERENCE"))).toList();
        Map<LineStatus.Kind, Integer> counts = new EnumMap<>(LineStatus.Kind.class);
        for (LineStatus.Kind kind : LineStatus.Kind.values()) {
            counts.put(kind, kind == LineStatus.Kind.MATCHED ? 120 : 0);
        }
        DailyReconciliationReport report = new DailyReconciliationReport("6222020200112233", DAY, Optional.of(CNY), "OPEN", true,
                Optional.of(new BigDecimal("100000")), entries, Optional.of(new BigDecimal("92728.00")), BigDecimal.ZERO,
                new BigDecimal("7272.00"), counts, List.of(), Optional.empty(), Optional.empty());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DailyReportPdf.write(report, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("北京测试科技有限公司120", "Müller & Søn GmbH 119", "E2E-1\n".strip(), "120.10", "MATCHED 120");
            IntStream.rangeClosed(1, 120).forEach(i -> assertThat(text).contains("E2E-" + i + " "));
        }
        assertThat(out.size()).as("the CJK font is embedded as a subset, not whole (4 MB)").isLessThan(200_000);
    }
}
