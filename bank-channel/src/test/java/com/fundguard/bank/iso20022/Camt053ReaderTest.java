package com.fundguard.bank.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
        List<StatementEntry> entries = read("camt.053.001.08_genkgo.xml", 1);

        assertThat(entries).singleElement().satisfies(Camt053ReaderTest::isGenkgosEntry)
                .satisfies(entry -> assertThat(entry.endToEndIds()).contains("MUELL/FINP/RA12345"));
    }

    @Test
    void adjacentEntriesAreEachReadOnce() {
        StringBuilder xml = new StringBuilder("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt>"
                + "<Id>S1</Id><Acct><Id><IBAN>CN00TEST</IBAN></Id></Acct>");
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
    void theSavedFinanceFinlandCamt053V02StatementReadsItsTenEntriesAddingUpToItsSummary() throws Exception {
        List<StatementEntry> entries = read("camt.053.001.02_FinanceFinland_FFFS_sample.xml", 10);

        assertThat(entries).extracting(StatementEntry::bankReference).containsExactly("091029ACCTSTMTARCH01", "091029ACCTSTMTARCH02",
                "091029ACCTSTMTARCH03", "091029ACCTSTMTARCH04", "091029ACCTSTMTARCH21", "091029ACCTSTMTARCH05", "091029ACCTSTMTARCH06",
                "091029ACCTSTMTARCH07", "091029ACCTSTMTARCH08", "091029ACCTSTMTARCH09");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.currency().getCurrencyCode()).isEqualTo("EUR");
            assertThat(entry.status()).isEqualTo("BOOK");
            assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2009, 10, 29));
        });
        assertThat(entries.getFirst()).satisfies(salaries -> {
            assertThat(salaries.amount()).isEqualByComparingTo(new BigDecimal("1000.12"));
            assertThat(salaries.credit()).isFalse();
            assertThat(salaries.endToEndIds()).isEmpty();
        });
        assertThat(entries.get(8)).satisfies(incomingSct -> {
            assertThat(incomingSct.amount()).isEqualByComparingTo(new BigDecimal("10000.00"));
            assertThat(incomingSct.credit()).isTrue();
            assertThat(incomingSct.endToEndIds()).containsExactly("EndToEndIdSCT01");
        });
        // The file's own TxsSummry: 6 credits of 23075.00, 4 debits of 9430.17 (OPBD 10000.00 to CLBD 23644.83).
        assertThat(sum(entries, true)).isEqualByComparingTo(new BigDecimal("23075.00"));
        assertThat(sum(entries, false)).isEqualByComparingTo(new BigDecimal("9430.17"));
        assertThat(entries).filteredOn(StatementEntry::credit).hasSize(6);
    }

    @Test
    void theSavedIsoBusinessExampleCamt053V04ReadsItsThreeEntriesWithTheDateOfTheirBookingTimes() throws Exception {
        List<StatementEntry> entries = read("camt.053.001.04_ISO20022-MDR-business-example.xml", 3);

        assertThat(entries).extracting(StatementEntry::amount, StatementEntry::credit, StatementEntry::bankReference, StatementEntry::endToEndIds)
                .containsExactly(
                        tuple(new BigDecimal("105678.50"), true, "AAAASESS-FP-CN_98765/01", List.of("MUELL/FINP/RA12345")),
                        tuple(new BigDecimal("200000"), false, "AAAASESS-FP-ACCR-01", List.of()),
                        tuple(new BigDecimal("30000"), true, "AAAASESS-FP-CONF-FX", List.of("AAAASS1085FINPSS")));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.currency().getCurrencyCode()).isEqualTo("SEK");
            assertThat(entry.status()).isEqualTo("BOOK");
            // BookgDt/DtTm 2010-10-18T13:15:00+01:00 and so on: the day the bank wrote.
            assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2010, 10, 18));
        });
        // OPBD 500000 plus the entries is the file's CLBD 435678.50.
        assertThat(new BigDecimal("500000").add(sum(entries, true)).subtract(sum(entries, false))).isEqualByComparingTo(new BigDecimal("435678.50"));
    }

    @Test
    void theSavedGenkgoCamt053V04ReadsItsEntryWhoseReferencesHaveNoEndToEndId() throws Exception {
        List<StatementEntry> entries = read("camt.053.001.04_genkgo.xml", 1);

        // The same booking as the .08 file's, but its TxDtls/Refs hold only a proprietary reference.
        assertThat(entries).singleElement().satisfies(Camt053ReaderTest::isGenkgosEntry)
                .satisfies(entry -> assertThat(entry.endToEndIds()).isEmpty());
    }

    @Test
    void aStatementOfAVersionNotReadHereIsRefusedNamingIt() throws Exception {
        String v06 = Files.readString(TESTDATA.resolve("iso20022/camt.053.001.08_genkgo.xml")).replace("camt.053.001.08", "camt.053.001.06");

        assertThatThrownBy(() -> Camt053Reader.read(new ByteArrayInputStream(v06.getBytes(StandardCharsets.UTF_8)), entry -> { }))
                .isInstanceOf(IsoMessageException.class).hasMessageContaining("camt.053.001.06").hasMessageContaining("camt.053.001.08");
    }

    @Test
    void anOlderStatementsEntryWithAnElementItsVersionDoesNotHaveIsRefused() throws Exception {
        String altered = Files.readString(TESTDATA.resolve("iso20022/camt.053.001.04_genkgo.xml"))
                .replace("<AcctSvcrRef>AAAASESS-FP-CN_98765/01</AcctSvcrRef>", "<AcctSvcrRef>AAAASESS-FP-CN_98765/01</AcctSvcrRef><Surprise>1</Surprise>");

        assertThatThrownBy(() -> Camt053Reader.read(new ByteArrayInputStream(altered.getBytes(StandardCharsets.UTF_8)), entry -> { }))
                .isInstanceOf(IsoMessageException.class).hasMessageContaining("Surprise");
    }

    @Test
    void anOlderStatementWithADoctypeIsNotRead() throws Exception {
        String hostile = Files.readString(TESTDATA.resolve("iso20022/camt.053.001.02_FinanceFinland_FFFS_sample.xml"))
                .replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>")
                .replace("091029ACCTSTMTARCH01", "&x;");
        List<StatementEntry> entries = new ArrayList<>();

        assertThatThrownBy(() -> Camt053Reader.read(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)), entries::add))
                .isInstanceOf(IsoMessageException.class).hasMessageContaining("DTD");
        assertThat(entries).isEmpty();
    }

    /** genkgo/camt's .04 and .08 files book the same credit. */
    private static void isGenkgosEntry(StatementEntry entry) {
        assertThat(entry.amount()).isEqualByComparingTo(new BigDecimal("8.85"));
        assertThat(entry.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(entry.credit()).isTrue();
        assertThat(entry.status()).isEqualTo("BOOK");
        assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(entry.bankReference()).isEqualTo("AAAASESS-FP-CN_98765/01");
    }

    private static List<StatementEntry> read(String file, int expectedEntries) throws Exception {
        List<StatementEntry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(TESTDATA.resolve("iso20022").resolve(file))) {
            assertThat(Camt053Reader.read(in, entries::add)).isEqualTo(expectedEntries);
        }
        return entries;
    }

    private static BigDecimal sum(List<StatementEntry> entries, boolean credits) {
        return entries.stream().filter(entry -> entry.credit() == credits).map(StatementEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
