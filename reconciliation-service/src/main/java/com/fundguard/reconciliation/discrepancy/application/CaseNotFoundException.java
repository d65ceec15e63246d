package com.fundguard.reconciliation.discrepancy.application;

import java.util.UUID;

/** No such case in this enterprise (404; another enterprise's case is not found either). */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(UUID caseId) {
        super("no case " + caseId + " in this enterprise");
    }
}
