package com.fundguard.reconciliation.report.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.calendar.BusinessCalendar;
import com.fundguard.reconciliation.discrepancy.domain.CaseState;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.report.domain.OpenCase;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Many open cases: every one on some page, the case table's header again on each page it runs over, the longest values apart. */
class OpenCasesPdfTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void manyCasesRunOverPagesWithTheTablesHeaderOnEachAndEveryCaseKept() throws Exception {
        Instant now = LocalDate.of(2026, 12, 1).atTime(10, 0).atZone(SHANGHAI).toInstant();
        List<OpenCase> cases = IntStream.rangeClosed(1, 120).mapToObj(i -> new OpenCase(UUID.randomUUID(),
                i % 2 == 0 ? DiscrepancyType.TRANSFER_WITHOUT_BANK_DEBIT : DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER,
                i % 3 == 0 ? CaseState.RESOLUTION_PROPOSED : CaseState.OPEN, "CN62220202001" + String.format("%05d", i),
                new BigDecimal("1234567890.12"), Currency.getInstance("CNY"), LocalDate.of(2026, 11, 1),
                now.minusSeconds(3600L * i), now.minusSeconds(60L * i), Optional.of(UUID.randomUUID()))).toList();
        OpenCasesByAge report = OpenCasesByAge.of(UUID.randomUUID(), cases,
                BusinessCalendar.mondayToFriday(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0)), now);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenCasesPdf.write(report, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(Pattern.compile("Age Bucket Type").matcher(text).results().count()).isEqualTo(document.getNumberOfPages());
            IntStream.rangeClosed(1, 120).forEach(i -> assertThat(text).contains(" CN62220202001" + String.format("%05d", i) + " 1234567890.12 CNY "));
            assertThat(text).contains("TRANSFER_WITHOUT_BANK_DEBIT CN6222020200100002 1234567890.12 CNY",
                    "OVERDUE", "RESOLUTION_PROPOSED", "All types 全部 34 / 34 86 / 86 0 / 0 0 / 0 120 / 120", "(page 2)");
        }
    }
}
