package com.fundguard.approval.transfer.domain;

/** Whether the money goes to a person's card or to a company's account; the rules route the two differently. */
public enum PayeeType {
    PERSONAL,
    CORPORATE
}
