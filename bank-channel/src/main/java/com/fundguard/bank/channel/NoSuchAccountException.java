package com.fundguard.bank.channel;

/** The bank confirms it holds no account with this number (a statement asked of the wrong bank or account). */
public class NoSuchAccountException extends RuntimeException {

    public NoSuchAccountException(String account) {
        super("the bank holds no account " + account);
    }
}
