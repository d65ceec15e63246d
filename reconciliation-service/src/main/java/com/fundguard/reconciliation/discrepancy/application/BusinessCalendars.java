package com.fundguard.reconciliation.discrepancy.application;

import com.fundguard.calendar.BusinessCalendar;
import java.util.UUID;

/** Each enterprise's business calendar (its zone, weekend, holidays): deadlines fall on its business days. */
public interface BusinessCalendars {

    BusinessCalendar of(UUID enterpriseId);
}
