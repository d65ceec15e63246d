package com.fundguard.reconciliation.close.application;

import com.fundguard.reconciliation.close.domain.ClosedDay;

public interface DayClosedEvents {

    /** In the transaction that records the close. */
    void dayClosed(ClosedDay day);
}
