package com.fundguard.reconciliation.discrepancy.application;

import com.fundguard.reconciliation.discrepancy.domain.CaseActOutcome;

/** The case refused the act (409 with the reason); nothing changed. */
public class CaseActRefusedException extends RuntimeException {

    private final CaseActOutcome.Rejected rejection;

    public CaseActRefusedException(CaseActOutcome.Rejected rejection) {
        super(rejection.message());
        this.rejection = rejection;
    }

    public CaseActOutcome.Rejected rejection() {
        return rejection;
    }
}
