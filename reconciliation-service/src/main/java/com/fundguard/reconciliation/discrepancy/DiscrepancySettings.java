package com.fundguard.reconciliation.discrepancy;

import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code fundguard.discrepancies.*}: the error cases' rules.
 *
 * @param disputeWindowDays  a case about a transaction older than this (from its date) is refused
 * @param scanBatch          overdue cases escalated per transaction of the scan
 * @param attachments        documents of queries and replies
 * @param deadlines          when a case is due, by default and per type
 * @param calendar           the business calendar of every enterprise without one of its own
 * @param enterprises        an enterprise's own calendar (its zone, holidays, extra working days), by enterprise id
 */
@ConfigurationProperties("fundguard.discrepancies")
public record DiscrepancySettings(
        @DefaultValue("180") int disputeWindowDays,
        @DefaultValue("100") int scanBatch,
        @DefaultValue Attachments attachments,
        @DefaultValue Deadlines deadlines,
        @DefaultValue Calendar calendar,
        @DefaultValue Map<UUID, Calendar> enterprises) {

    /** @param maxSize each document at most; @param types the content types admitted (PDF, PNG, JPEG or fewer) */
    public record Attachments(@DefaultValue("5MB") DataSize maxSize,
                              @DefaultValue({"application/pdf", "image/png", "image/jpeg"}) Set<String> types) {
    }

    /** The n-th business day after opening at a time of day; {@code byType} overrides it for some types. */
    public record Deadlines(@DefaultValue("1") int businessDays, @DefaultValue("12:00") LocalTime at,
                            @DefaultValue Map<DiscrepancyType, Rule> byType) {
    }

    public record Rule(int businessDays, LocalTime at) {
    }

    /** A business calendar: zone, working window, weekend, holidays and the weekend days worked instead. */
    public record Calendar(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("09:00") LocalTime opens,
                           @DefaultValue("17:00") LocalTime closes, @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weekend,
                           @DefaultValue List<LocalDate> holidays, @DefaultValue List<LocalDate> extraWorkingDays) {
    }
}
