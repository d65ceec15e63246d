package com.fundguard.bank.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Camt053ReaderTest {

    static final Path TESTDATA = Path.of(System.getProperty("fundguard.testdata"));

    @Test
    void theSavedCamt053V08StatementReadsWithItsAmountDirectionDateAndReferences() throws Exception {
        List<StatementEntry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(TESTDATA.resolve("iso20022/camt.053.001.08_genkgo.xml"))) {
            assertThat(Camt053Reader.read(in, entries::add)).isEqualTo(1);
        }

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.amount()).isEqualByComparingTo(new BigDecimal("8.85"));
            assertThat(entry.currency().getCurrencyCode()).isEqualTo("EUR");
            assertThat(entry.credit()).isTrue();
            assertThat(entry.status()).isEqualTo("BOOK");
            assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2014, 12, 31));
            assertThat(entry.bankReference()).isEqualTo("AAAASESS-FP-CN_98765/01");
            assertThat(entry.endToEndIds()).contains("MUELL/FINP/RA12345");
        });
    }

    @Test
    void adjacentEntriesAreEachReadOnce() {
        StringBuilder xml = new StringBuilder("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt>");
        for (int i = 1; i <= 3; i++) {
            xml.append("<Ntry><Amt Ccy=\"CNY\">").append(i).append("00.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>")
                    .append("<BookgDt><Dt>2026-11-23</Dt></BookgDt><AcctSvcrRef>SBX-").append(i).append("</AcctSvcrRef></Ntry>");
        }
        xml.append("</Stmt></BkToCstmrStmt></Document>");
        List<StatementEntry> entries = new ArrayList<>();

        int count = Camt053Reader.read(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), entries::add);

        assertThat(count).isEqualTo(3);
        assertThat(entries).extracting(StatementEntry::bankReference).containsExactly("SBX-1", "SBX-2", "SBX-3");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.credit()).isFalse());
    }

    @Test
    void aStatementOfAnotherVersionIsRefused() throws Exception {
        try (InputStream in = Files.newInputStream(TESTDATA.resolve("iso20022/camt.053.001.02_FinanceFinland_FFFS_sample.xml"))) {
            assertThatThrownBy(() -> Camt053Reader.read(in, entry -> { })).isInstanceOf(IsoMessageException.class)
                    .hasMessageContaining("camt.053.001.08");
        }
    }
}
