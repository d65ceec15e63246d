package com.fundguard.reconciliation.bench;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A camt.053.001.08 statement made as it is read: one {@code Stmt} with OPBD and CLBD and {@code entries} entries of
 * about a kilobyte each (references, bank transaction code, counterparty, remittance information, as a bank writes a
 * single credit transfer), so a file of any size can be streamed without being held on disk or in memory. Entry i
 * (1-based) books {@link #amountOf(long)} as a credit unless i is divisible by 3; CLBD is OPBD plus the entries, so a
 * reader that loses or doubles an entry shows it in the balance.
 */
public final class GeneratedCamt053 extends InputStream {

    public static final String ACCOUNT = "CN0962220000111100018";
    public static final BigDecimal OPENING = new BigDecimal("1000000.00");

    private final long entries;
    private byte[] chunk;
    private int position;
    private long next; // the next entry to make; 0 before the header, entries + 1 after the last
    private boolean done;

    public GeneratedCamt053(long entries) {
        this.entries = entries;
        this.chunk = header().getBytes(StandardCharsets.UTF_8);
    }

    /** Entry i's amount in cents: 1.00 to 9999.99, deterministic. */
    public static long amountOf(long i) {
        return 100 + (i * 7919) % 999_900;
    }

    public static boolean isCredit(long i) {
        return i % 3 != 0;
    }

    /** CLBD in cents: OPBD plus every credit minus every debit. */
    public static long closingCents(long entries) {
        long cents = OPENING.movePointRight(2).longValueExact();
        for (long i = 1; i <= entries; i++) {
            cents += isCredit(i) ? amountOf(i) : -amountOf(i);
        }
        return cents;
    }

    public static String endToEndIdOf(long i) {
        return "E2E-" + i;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (done) {
                return -1;
            }
            next++;
            if (next <= entries) {
                chunk = entry(next).getBytes(StandardCharsets.UTF_8);
            } else {
                chunk = "\n    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n".getBytes(StandardCharsets.UTF_8);
                done = true;
            }
            position = 0;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    private String header() {
        long closing = closingCents(entries);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>BENCH-MSG-1</MsgId><CreDtTm>2026-11-24T00:05:00Z</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>BENCH-STMT-1</Id>
                      <ElctrncSeqNb>1</ElctrncSeqNb>
                      <CreDtTm>2026-11-24T00:05:00Z</CreDtTm>
                      <Acct><Id><IBAN>%s</IBAN></Id><Ccy>CNY</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="CNY">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-23</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="CNY">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Dt><Dt>2026-11-23</Dt></Dt></Bal>"""
                .formatted(ACCOUNT, OPENING.toPlainString(), BigDecimal.valueOf(Math.abs(closing), 2).toPlainString(),
                        closing < 0 ? "DBIT" : "CRDT");
    }

    private static String entry(long i) {
        boolean credit = isCredit(i);
        String party = credit ? "Dbtr" : "Cdtr";
        return """

                      <Ntry>
                        <NtryRef>%1$d</NtryRef>
                        <Amt Ccy="CNY">%2$s</Amt>
                        <CdtDbtInd>%3$s</CdtDbtInd>
                        <Sts><Cd>BOOK</Cd></Sts>
                        <BookgDt><Dt>2026-11-23</Dt></BookgDt>
                        <ValDt><Dt>2026-11-23</Dt></ValDt>
                        <AcctSvcrRef>BANKREF-%1$012d</AcctSvcrRef>
                        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>%4$s</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                        <NtryDtls>
                          <TxDtls>
                            <Refs>
                              <AcctSvcrRef>BANKREF-%1$012d</AcctSvcrRef>
                              <InstrId>INSTR-%1$d</InstrId>
                              <EndToEndId>E2E-%1$d</EndToEndId>
                            </Refs>
                            <Amt Ccy="CNY">%2$s</Amt>
                            <CdtDbtInd>%3$s</CdtDbtInd>
                            <RltdPties>
                              <%5$s><Pty><Nm>Counterparty %6$d Trading Co., Ltd.</Nm><PstlAdr><Ctry>CN</Ctry><AdrLine>88 Century Avenue, Pudong</AdrLine></PstlAdr></Pty></%5$s>
                              <%5$sAcct><Id><Othr><Id>62220000%6$012d</Id></Othr></Id></%5$sAcct>
                            </RltdPties>
                            <RmtInf><Ustrd>Invoice %1$d payment for goods delivered under contract 2026-%6$d</Ustrd></RmtInf>
                          </TxDtls>
                        </NtryDtls>
                        <AddtlNtryInf>Generated entry %1$d of the large camt.053 benchmark</AddtlNtryInf>
                      </Ntry>"""
                .formatted(i, BigDecimal.valueOf(amountOf(i), 2).toPlainString(), credit ? "CRDT" : "DBIT", credit ? "RCDT" : "ICDT",
                        party, i % 5000);
    }
}
