package com.fundguard.notification.notice.adapter.out.persistence;

import com.fundguard.notification.notice.application.NoticedErrorCases;
import com.fundguard.notification.notice.domain.ErrorCase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Noticed error cases in PostgreSQL, every statement scoped by enterprise; the account only masked. */
public class JdbcNoticedErrorCases implements NoticedErrorCases {

    private final JdbcClient jdbc;

    public JdbcNoticedErrorCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ErrorCase> find(UUID enterpriseId, UUID caseId) {
        return jdbc.sql("SELECT * FROM noticed_error_case WHERE enterprise_id = ? AND case_id = ?")
                .params(enterpriseId, caseId)
                .query((rs, n) -> new ErrorCase(enterpriseId, caseId, rs.getString("case_type"),
                        Optional.ofNullable(rs.getString("masked_account")), Optional.ofNullable(rs.getString("amount")),
                        Optional.ofNullable(rs.getString("currency")),
                        Optional.ofNullable(rs.getObject("transaction_date", LocalDate.class)),
                        Optional.ofNullable(rs.getObject("deadline", LocalDateTime.class))))
                .optional();
    }

    @Override
    public void save(ErrorCase c) {
        jdbc.sql("""
                        INSERT INTO noticed_error_case (enterprise_id, case_id, case_type, masked_account, amount, currency,
                                                        transaction_date, deadline)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (enterprise_id, case_id) DO UPDATE SET case_type = EXCLUDED.case_type,
                            masked_account = EXCLUDED.masked_account, amount = EXCLUDED.amount, currency = EXCLUDED.currency,
                            transaction_date = EXCLUDED.transaction_date, deadline = EXCLUDED.deadline
                        """)
                .params(c.enterpriseId(), c.caseId(), c.type(), c.maskedAccount().orElse(null), c.amount().orElse(null),
                        c.currency().orElse(null), c.transactionDate().orElse(null), c.deadline().orElse(null))
                .update();
    }
}
