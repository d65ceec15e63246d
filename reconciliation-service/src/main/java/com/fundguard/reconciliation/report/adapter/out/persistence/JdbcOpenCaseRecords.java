package com.fundguard.reconciliation.report.adapter.out.persistence;

import com.fundguard.reconciliation.discrepancy.domain.CaseState;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.report.application.OpenCaseRecords;
import com.fundguard.reconciliation.report.domain.OpenCase;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads discrepancy_case (V5): only what the report shows, none of a case's log or documents. */
public class JdbcOpenCaseRecords implements OpenCaseRecords {

    private final JdbcClient jdbc;

    public JdbcOpenCaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenCase> openCases(UUID enterpriseId) {
        return jdbc.sql("""
                        SELECT id, type, state, account, amount, currency, transaction_date, opened_at, deadline, owner_id
                        FROM discrepancy_case WHERE enterprise_id = ? AND state <> 'RESOLVED' ORDER BY opened_at, id""")
                .param(enterpriseId)
                .query((rs, n) -> new OpenCase(rs.getObject("id", UUID.class), DiscrepancyType.valueOf(rs.getString("type")),
                        CaseState.valueOf(rs.getString("state")), rs.getString("account"), rs.getBigDecimal("amount"),
                        Currency.getInstance(rs.getString("currency").trim()), rs.getObject("transaction_date", LocalDate.class),
                        rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                        Optional.ofNullable(rs.getObject("owner_id", UUID.class))))
                .list();
    }
}
