package com.fundguard.reconciliation.discrepancy.adapter.out.calendar;

import com.fundguard.calendar.BusinessCalendar;
import com.fundguard.reconciliation.discrepancy.application.BusinessCalendars;
import java.util.Map;
import java.util.UUID;

/**
 * The calendars of {@code fundguard.discrepancies.calendar} (everyone's) and {@code .enterprises.<id>} (an enterprise's
 * own, complete: zone, window, weekend, holidays). Built once; a wrong calendar stops the service from starting.
 */
public class ConfiguredBusinessCalendars implements BusinessCalendars {

    private final BusinessCalendar byDefault;
    private final Map<UUID, BusinessCalendar> own;

    public ConfiguredBusinessCalendars(BusinessCalendar byDefault, Map<UUID, BusinessCalendar> own) {
        this.byDefault = byDefault;
        this.own = Map.copyOf(own);
    }

    @Override
    public BusinessCalendar of(UUID enterpriseId) {
        return own.getOrDefault(enterpriseId, byDefault);
    }
}
