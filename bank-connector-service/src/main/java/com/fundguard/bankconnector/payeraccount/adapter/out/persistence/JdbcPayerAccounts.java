package com.fundguard.bankconnector.payeraccount.adapter.out.persistence;

import com.fundguard.bankconnector.payeraccount.application.PayerAccounts;
import com.fundguard.bankconnector.payeraccount.domain.PayerAccount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcPayerAccounts implements PayerAccounts {

    private final JdbcClient jdbc;

    public JdbcPayerAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfAbsent(PayerAccount a) {
        return jdbc.sql("""
                        INSERT INTO payer_account (enterprise_id, account_number, name, bank_code, currency, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (enterprise_id, account_number) DO NOTHING
                        """)
                .params(a.enterpriseId(), a.accountNumber(), a.name(), a.bankCode(), a.currency().getCurrencyCode(),
                        Timestamp.from(a.registeredAt()))
                .update() == 1;
    }

    @Override
    public Optional<PayerAccount> find(UUID enterpriseId, String accountNumber) {
        return jdbc.sql("SELECT * FROM payer_account WHERE enterprise_id = ? AND account_number = ?")
                .params(enterpriseId, accountNumber).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public List<PayerAccount> all(UUID enterpriseId) {
        return jdbc.sql("SELECT * FROM payer_account WHERE enterprise_id = ? ORDER BY account_number")
                .param(enterpriseId).query((rs, n) -> restore(rs)).list();
    }

    private static PayerAccount restore(ResultSet rs) throws SQLException {
        return new PayerAccount(rs.getObject("enterprise_id", UUID.class), rs.getString("account_number"),
                rs.getString("name"), rs.getString("bank_code"), Currency.getInstance(rs.getString("currency")),
                rs.getTimestamp("registered_at").toInstant());
    }
}
