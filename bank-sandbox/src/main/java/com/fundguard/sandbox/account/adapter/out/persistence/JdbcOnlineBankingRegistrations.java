package com.fundguard.sandbox.account.adapter.out.persistence;

import com.fundguard.sandbox.account.application.OnlineBanking;
import com.fundguard.sandbox.account.application.OnlineBankingRegistrations;
import com.fundguard.sandbox.account.domain.OnlineBankingRegistration;
import java.security.cert.CertificateEncodingException;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcOnlineBankingRegistrations implements OnlineBankingRegistrations {

    private final JdbcClient jdbc;

    public JdbcOnlineBankingRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(OnlineBankingRegistration r) {
        jdbc.sql("""
                        INSERT INTO online_banking (account_number, password_hash, signer_certificate, registered_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (account_number) DO UPDATE SET password_hash = EXCLUDED.password_hash,
                            signer_certificate = EXCLUDED.signer_certificate, registered_at = EXCLUDED.registered_at
                        """)
                .params(r.accountNumber(), r.passwordHash(), pem(r), Timestamp.from(r.registeredAt())).update();
    }

    @Override
    public Optional<OnlineBankingRegistration> find(String accountNumber) {
        return jdbc.sql("SELECT * FROM online_banking WHERE account_number = ?").param(accountNumber)
                .query((rs, n) -> new OnlineBankingRegistration(rs.getString("account_number"), rs.getString("password_hash"),
                        OnlineBanking.certificate(rs.getString("signer_certificate")), rs.getTimestamp("registered_at").toInstant()))
                .optional();
    }

    private static String pem(OnlineBankingRegistration r) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(r.signerCertificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the certificate cannot be encoded", e);
        }
    }
}
