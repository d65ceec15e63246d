package com.fundguard.bankconnector.vault.adapter.out.persistence;

import com.fundguard.bankconnector.vault.application.CredentialsStore;
import com.fundguard.bankconnector.vault.application.StoredCredentials;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcCredentialsStore implements CredentialsStore {

    private final JdbcClient jdbc;

    public JdbcCredentialsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StoredCredentials put(UUID enterpriseId, String accountNumber, String envelope, UUID setBy, Instant setAt) {
        int revision = jdbc.sql("""
                        INSERT INTO account_credentials (enterprise_id, account_number, envelope, set_by, set_at, revision)
                        VALUES (?, ?, ?, ?, ?, 1)
                        ON CONFLICT (enterprise_id, account_number) DO UPDATE
                            SET envelope = EXCLUDED.envelope, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at,
                                revision = account_credentials.revision + 1
                        RETURNING revision
                        """)
                .params(enterpriseId, accountNumber, envelope, setBy, Timestamp.from(setAt)).query(Integer.class).single();
        return new StoredCredentials(enterpriseId, accountNumber, envelope, setBy, setAt, revision);
    }

    @Override
    public Optional<StoredCredentials> find(UUID enterpriseId, String accountNumber) {
        return jdbc.sql("SELECT * FROM account_credentials WHERE enterprise_id = ? AND account_number = ?")
                .params(enterpriseId, accountNumber)
                .query((rs, n) -> new StoredCredentials(rs.getObject("enterprise_id", UUID.class), rs.getString("account_number"),
                        rs.getString("envelope"), rs.getObject("set_by", UUID.class), rs.getTimestamp("set_at").toInstant(),
                        rs.getInt("revision")))
                .optional();
    }

    @Override
    public void recordRelease(StoredCredentials released, UUID transferId, UUID claimId, String agentId, Instant at) {
        jdbc.sql("""
                        INSERT INTO credential_release (enterprise_id, account_number, transfer_id, claim_id, agent_id, revision, released_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(released.enterpriseId(), released.accountNumber(), transferId, claimId, agentId, released.revision(), Timestamp.from(at))
                .update();
    }

    @Override
    public long releases(UUID enterpriseId, String accountNumber) {
        return jdbc.sql("SELECT count(*) FROM credential_release WHERE enterprise_id = ? AND account_number = ?")
                .params(enterpriseId, accountNumber).query(Long.class).single();
    }
}
