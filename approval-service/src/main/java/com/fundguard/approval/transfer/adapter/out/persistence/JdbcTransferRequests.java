package com.fundguard.approval.transfer.adapter.out.persistence;

import com.fundguard.approval.transfer.application.TransferRequests;
import com.fundguard.approval.transfer.domain.Money;
import com.fundguard.approval.transfer.domain.Payee;
import com.fundguard.approval.transfer.domain.PayeeType;
import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.approval.transfer.domain.TransferReference;
import com.fundguard.approval.transfer.domain.TransferRequest;
import com.fundguard.approval.transfer.domain.TransferState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Transfer requests in PostgreSQL, with plain SQL; every statement is scoped by enterprise_id. */
public class JdbcTransferRequests implements TransferRequests {

    private final JdbcClient jdbc;

    public JdbcTransferRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TransferReference nextReference(LocalDate day) {
        long number = jdbc.sql("SELECT nextval('transfer_reference_number')").query(Long.class).single();
        return TransferReference.of(day, number);
    }

    @Override
    public void add(TransferRequest request, String idempotencyKey, String fingerprint) {
        TransferDetails details = request.details();
        jdbc.sql("""
                        INSERT INTO transfer_request (id, enterprise_id, reference, applicant_id, payer_account,
                            payee_name, payee_account_number, payee_bank_code, payee_type, amount, currency, purpose,
                            requested_execution_date, state, submitted_at, version, idempotency_key, request_fingerprint)
                        VALUES (:id, :enterpriseId, :reference, :applicantId, :payerAccount, :payeeName, :payeeAccount,
                            :payeeBank, :payeeType, :amount, :currency, :purpose, :executionDate, :state, :submittedAt,
                            :version, :idempotencyKey, :fingerprint)
                        """)
                .param("id", request.id())
                .param("enterpriseId", request.enterpriseId())
                .param("reference", request.reference().value())
                .param("applicantId", request.applicantId())
                .param("payerAccount", details.payerAccount())
                .param("payeeName", details.payee().name())
                .param("payeeAccount", details.payee().accountNumber())
                .param("payeeBank", details.payee().bankCode())
                .param("payeeType", details.payee().type().name())
                .param("amount", details.amount().amount())
                .param("currency", details.amount().currency().getCurrencyCode())
                .param("purpose", details.purpose())
                .param("executionDate", Date.valueOf(details.requestedExecutionDate()))
                .param("state", request.state().name())
                .param("submittedAt", Timestamp.from(request.submittedAt()))
                .param("version", request.version())
                .param("idempotencyKey", idempotencyKey)
                .param("fingerprint", fingerprint)
                .update();
        int position = 0;
        for (UUID voucherId : details.voucherIds()) {
            jdbc.sql("INSERT INTO transfer_voucher (transfer_id, position, voucher_id) VALUES (?, ?, ?)")
                    .params(request.id(), position++, voucherId).update();
        }
    }

    @Override
    public Optional<TransferRequest> find(UUID enterpriseId, UUID transferId) {
        List<UUID> vouchers = jdbc.sql("""
                        SELECT v.voucher_id FROM transfer_voucher v JOIN transfer_request t ON t.id = v.transfer_id
                        WHERE t.enterprise_id = ? AND t.id = ? ORDER BY v.position
                        """)
                .params(enterpriseId, transferId).query(UUID.class).list();
        return jdbc.sql("SELECT * FROM transfer_request WHERE enterprise_id = ? AND id = ?")
                .params(enterpriseId, transferId)
                .query((rs, n) -> restore(rs, vouchers))
                .optional();
    }

    @Override
    public Optional<IdempotentCreation> findByIdempotencyKey(UUID enterpriseId, String idempotencyKey) {
        return jdbc.sql("SELECT id, request_fingerprint FROM transfer_request WHERE enterprise_id = ? AND idempotency_key = ?")
                .params(enterpriseId, idempotencyKey)
                .query((rs, n) -> new IdempotentCreation(rs.getObject("id", UUID.class), rs.getString("request_fingerprint")))
                .optional();
    }

    private static TransferRequest restore(ResultSet rs, List<UUID> vouchers) throws SQLException {
        Payee payee = new Payee(rs.getString("payee_name"), rs.getString("payee_account_number"),
                rs.getString("payee_bank_code"), PayeeType.valueOf(rs.getString("payee_type")));
        Money amount = new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency")));
        TransferDetails details = new TransferDetails(rs.getString("payer_account"), payee, amount,
                rs.getString("purpose"), rs.getDate("requested_execution_date").toLocalDate(), vouchers);
        return TransferRequest.restore(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                new TransferReference(rs.getString("reference")), rs.getObject("applicant_id", UUID.class), details,
                TransferState.valueOf(rs.getString("state")), rs.getTimestamp("submitted_at").toInstant(),
                rs.getLong("version"));
    }
}
