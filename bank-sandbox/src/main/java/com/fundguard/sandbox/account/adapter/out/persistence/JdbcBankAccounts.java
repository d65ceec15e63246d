package com.fundguard.sandbox.account.adapter.out.persistence;

import com.fundguard.sandbox.account.application.BankAccounts;
import com.fundguard.sandbox.account.domain.BankAccount;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcBankAccounts implements BankAccounts {

    private final JdbcClient jdbc;

    public JdbcBankAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfAbsent(BankAccount a) {
        return jdbc.sql("""
                        INSERT INTO bank_account (account_number, owner_name, currency, balance, opened_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_number) DO NOTHING
                        """)
                .params(a.accountNumber(), a.ownerName(), a.currency().getCurrencyCode(), a.balance(), Timestamp.from(a.openedAt()))
                .update() == 1;
    }

    @Override
    public boolean markFrozen(String accountNumber, boolean frozen) {
        return jdbc.sql("UPDATE bank_account SET frozen = ? WHERE account_number = ?").params(frozen, accountNumber).update() == 1;
    }

    @Override
    public Optional<BankAccount> find(String accountNumber) {
        return jdbc.sql("SELECT * FROM bank_account WHERE account_number = ?").param(accountNumber)
                .query((rs, n) -> new BankAccount(rs.getString("account_number"), rs.getString("owner_name"),
                        Currency.getInstance(rs.getString("currency")), rs.getBigDecimal("balance"),
                        rs.getTimestamp("opened_at").toInstant(), rs.getBoolean("frozen")))
                .optional();
    }
}
