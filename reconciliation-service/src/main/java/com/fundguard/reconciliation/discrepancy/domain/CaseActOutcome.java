package com.fundguard.reconciliation.discrepancy.domain;

import java.util.List;

/** What an act on a case did: the events it caused, or a rejection saying why nothing changed. */
public sealed interface CaseActOutcome {

    record Done(List<CaseEvent> events) implements CaseActOutcome {

        public Done {
            events = List.copyOf(events);
        }
    }

    record Rejected(Reason reason, String message) implements CaseActOutcome {
    }

    /** Why an act was refused. */
    enum Reason {
        /** A resolved case is closed: nothing changes it. */
        CASE_RESOLVED,
        /** Approving or refusing needs a proposal. */
        NOTHING_PROPOSED,
        /** A proposal waits for its decision; a second one would pass it by. */
        ALREADY_PROPOSED,
        /** Maker-checker: the proposer never decides on their own proposal (抹账应经其他柜员审核). */
        PROPOSER_CANNOT_DECIDE,
        NOT_OVERDUE,
        ALREADY_ESCALATED
    }
}
