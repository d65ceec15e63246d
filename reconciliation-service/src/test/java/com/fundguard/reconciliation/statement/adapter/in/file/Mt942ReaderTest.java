package com.fundguard.reconciliation.statement.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MT942 interim reports: entries without balances, checked against what the report says about itself. */
class Mt942ReaderTest {

    private final Mt942Reader reader = new Mt942Reader();

    static final String REPORT = """
            ABNANL2A
            942
            ABNANL2A
            :20:INT-2024-0102
            :21:REQ-77
            :25:NL91ABNA0417164300
            :28C:15/2
            :34F:EURD100,
            :34F:EURC0,
            :13D:2401021415+0100
            :61:2401020102D250,50NTRFPAY-7//B-1
            :86:/EREF/E2E-7//CNTP/NL32INGB0000012345/INGBNL2A/ACME BV/AMSTERDAM///REMI/USTD//INV 1/
            :61:240102C12,00NTRFNONREF
            :61:240102D100,NCHGNONREF
            :90D:2EUR350,50
            :90C:1EUR12,
            :86:interim report, 3 entries
            -
            """;

    @Test
    void readsAnInterimReportWithoutBalancesAndItsEntries() {
        List<ReadStatements.Read> reports = ReadStatements.of(reader, REPORT, StandardCharsets.UTF_8, "int.942");

        assertThat(reader.format()).isEqualTo(StatementFormat.MT942);
        assertThat(reports).hasSize(1);
        ReadStatements.Read report = reports.get(0);
        assertThat(report.header().statementReference()).isEqualTo("INT-2024-0102");
        assertThat(report.header().account()).isEqualTo("NL91ABNA0417164300");
        assertThat(report.header().sequenceNumber()).contains("15/2");
        assertThat(report.header().currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(report.header().openingBalance()).as("an interim report has no opening balance").isEmpty();
        assertThat(report.closing()).as("nor a closing balance").isEmpty();
        assertThat(report.header().information()).contains("interim report, 3 entries");
        assertThat(report.entries()).extracting(StatementEntry::creditDebit)
                .containsExactly(CreditDebit.DEBIT, CreditDebit.CREDIT, CreditDebit.DEBIT);
        StatementEntry first = report.entries().get(0);
        assertThat(first.amount()).isEqualByComparingTo("250.50");
        assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(first.customerReference()).contains("PAY-7");
        assertThat(first.bankReference()).contains("B-1");
        assertThat(first.endToEndReference()).contains("E2E-7");
        assertThat(first.counterpartyName()).contains("ACME BV");
        assertThat(report.entries().get(1).information()).as("a :61: without :86:").isEmpty();
        assertThat(report.entries().get(2).transactionTypeCode()).isEqualTo("NCHG");
    }

    @Test
    void anEntryBelowTheFloorLimitOfItsDirectionIsRefusedNamingItsLine() {
        String belowLimit = REPORT.replace(":61:240102D100,NCHGNONREF", ":61:240102D99,99NCHGNONREF")
                .replace(":90D:2EUR350,50", ":90D:2EUR350,49");

        assertThatThrownBy(() -> ReadStatements.of(reader, belowLimit, StandardCharsets.UTF_8, "int.942"))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("int.942: message 1, line 14: entry of 99.99 is below the debit floor limit 100 of :34F: (line 8)");
    }

    @Test
    void oneFloorLimitWithoutMarkAppliesToBothDirections() {
        String oneLimit = REPORT.replace(":34F:EURD100,\n:34F:EURC0,\n", ":34F:EUR20,\n");

        assertThatThrownBy(() -> ReadStatements.of(reader, oneLimit, StandardCharsets.UTF_8, "int.942"))
                .hasMessageContaining("line 12: entry of 12.00 is below the credit floor limit 20");
    }

    @Test
    void statedNumbersAndSumsThatDisagreeWithTheEntriesAreRefusedNamingTheTag() {
        assertThatThrownBy(() -> ReadStatements.of(reader, REPORT.replace(":90D:2EUR350,50", ":90D:2EUR350,60"),
                StandardCharsets.UTF_8, "int.942"))
                .hasMessage("int.942: message 1, line 15: :90D: states 2 debit entries of 350.60 in total, the report has 2 of 350.50");
        assertThatThrownBy(() -> ReadStatements.of(reader, REPORT.replace(":90C:1EUR12,", ":90C:2EUR12,"),
                StandardCharsets.UTF_8, "int.942"))
                .hasMessageContaining("line 16: :90C: states 2 credit entries of 12 in total, the report has 1 of 12.00");
    }

    @Test
    void withoutStatedTotalsTheEntriesAreTakenAsTheBankWroteThem() {
        String noTotals = REPORT.replace(":90D:2EUR350,50\n", "").replace(":90C:1EUR12,\n", "");

        assertThat(ReadStatements.of(reader, noTotals, StandardCharsets.UTF_8, "int.942").get(0).entries()).hasSize(3);
    }

    @Test
    void aReportWithoutFloorLimitOrDateIsRefused() {
        assertThatThrownBy(() -> ReadStatements.of(reader, ":20:I\n:25:1\n:13D:2401021415+0100\n",
                StandardCharsets.UTF_8, "int.942"))
                .hasMessage("int.942: message 1, line 1: no floor limit :34F: (it gives the report's currency)");
        assertThatThrownBy(() -> ReadStatements.of(reader, ":20:I\n:25:1\n:34F:EUR0,\n",
                StandardCharsets.UTF_8, "int.942"))
                .hasMessage("int.942: message 1, line 1: no date/time indication :13D:");
    }

    @Test
    void anMt940StatementIsNotAnInterimReport() {
        assertThatThrownBy(() -> ReadStatements.of(reader, ":20:A\n:25:1\n:60F:C240102EUR0,\n:62F:C240102EUR0,\n",
                StandardCharsets.UTF_8, "x.sta"))
                .hasMessage("x.sta: message 1, line 3: tag :60F: is not part of an MT942");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheLine() {
        byte[] latin1 = REPORT.replace("ACME BV", "AÇME BV").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ReadStatements.of(reader, new java.io.ByteArrayInputStream(latin1), "int.942"))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessageContaining("line 12: the text is not UTF-8");
    }
}
