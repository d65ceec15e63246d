package com.fundguard.reconciliation.statement.adapter.out.bank;

import com.fundguard.bank.channel.BankChannels;
import com.fundguard.bank.channel.NoSuchAccountException;
import com.fundguard.bank.channel.OrderNotSentException;
import com.fundguard.bank.channel.OutcomeUnknownException;
import com.fundguard.reconciliation.statement.application.BankStatements;
import com.fundguard.reconciliation.statement.application.StatementNotDeliveredException;
import java.time.LocalDate;

/** Statements through each bank's guarded channel (retried there: asking for a statement changes nothing at the bank). */
public class ChannelBankStatements implements BankStatements {

    private final BankChannels banks;

    public ChannelBankStatements(BankChannels banks) {
        this.banks = banks;
    }

    @Override
    public byte[] camt053(String bankCode, String account, LocalDate day) {
        var bank = banks.bank(bankCode).orElseThrow(() -> new StatementNotDeliveredException(
                "no channel is configured for bank " + bankCode + " (fundguard.banks.channels)", null));
        try {
            return bank.statement(account, day);
        } catch (NoSuchAccountException e) {
            throw new StatementNotDeliveredException("bank " + bankCode + " holds no account " + account, e);
        } catch (OutcomeUnknownException | OrderNotSentException e) {
            throw new StatementNotDeliveredException("bank " + bankCode + " did not answer: " + e.getMessage(), e);
        }
    }
}
