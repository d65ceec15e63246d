package com.fundguard.approval.transfer.application;

import java.util.List;

/** The enterprise's rules refuse this request (e.g. over the applicant's daily limit); nothing was stored. */
public class SubmissionBlockedException extends RuntimeException {

    private final List<String> reasons;

    public SubmissionBlockedException(List<String> reasons) {
        super("the enterprise's rules refuse this request: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
