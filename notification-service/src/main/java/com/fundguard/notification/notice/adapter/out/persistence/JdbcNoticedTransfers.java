package com.fundguard.notification.notice.adapter.out.persistence;

import com.fundguard.notification.notice.application.NoticedTransfers;
import com.fundguard.notification.notice.domain.NoticedTransfer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Noticed transfers in PostgreSQL, every statement scoped by enterprise. */
public class JdbcNoticedTransfers implements NoticedTransfers {

    private final JdbcClient jdbc;

    public JdbcNoticedTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<NoticedTransfer> find(UUID enterpriseId, UUID transferId) {
        var deciders = new HashSet<>(jdbc.sql("SELECT decider_id FROM noticed_transfer_decider WHERE enterprise_id = ? AND transfer_id = ?")
                .params(enterpriseId, transferId).query(UUID.class).list());
        return jdbc.sql("SELECT * FROM noticed_transfer WHERE enterprise_id = ? AND transfer_id = ?")
                .params(enterpriseId, transferId)
                .query((rs, n) -> new NoticedTransfer(enterpriseId, transferId, rs.getString("reference"),
                        rs.getObject("applicant_id", UUID.class), rs.getString("amount"), rs.getString("currency"),
                        rs.getString("payee_name"), rs.getString("masked_payee_account"), roles(rs.getString("step_roles")),
                        rs.getInt("current_step"), deciders))
                .optional();
    }

    @Override
    public void save(NoticedTransfer t) {
        jdbc.sql("""
                        INSERT INTO noticed_transfer (enterprise_id, transfer_id, reference, applicant_id, amount, currency,
                                                      payee_name, masked_payee_account, step_roles, current_step)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (enterprise_id, transfer_id) DO UPDATE SET current_step = EXCLUDED.current_step
                        """)
                .params(t.enterpriseId(), t.transferId(), t.reference(), t.applicantId(), t.amount(), t.currency(),
                        t.payeeName(), t.maskedPayeeAccount(), String.join(",", t.stepRoles()), t.currentStep())
                .update();
        for (UUID decider : t.deciders()) {
            jdbc.sql("""
                            INSERT INTO noticed_transfer_decider (enterprise_id, transfer_id, decider_id) VALUES (?, ?, ?)
                            ON CONFLICT DO NOTHING
                            """)
                    .params(t.enterpriseId(), t.transferId(), decider).update();
        }
    }

    private static List<String> roles(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
