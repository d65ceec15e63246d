package com.fundguard.reconciliation.statement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which days of an account's statements are due from the bank: every day that failed before, then every day after
 * the last one asked for up to yesterday (today's statement is not final until the day is over). A day fetched is
 * never due again; a day that failed stays due until it is fetched. A round takes at most {@code maxDays}, oldest
 * first, so an account that was not pulled for months catches up over a few rounds instead of holding one.
 *
 * @param firstDay the first day to pull for an account never pulled before (its configured start, or yesterday)
 */
public record StatementPullPlan(LocalDate yesterday, LocalDate firstDay, int maxDays) {

    public StatementPullPlan {
        Objects.requireNonNull(yesterday);
        Objects.requireNonNull(firstDay);
        if (maxDays < 1) {
            throw new IllegalArgumentException("a round pulls at least one day");
        }
    }

    /**
     * @param lastAsked the latest day ever asked for, fetched or failed (empty: never pulled)
     * @param failed    days asked for that the bank did not deliver yet
     */
    public List<LocalDate> daysDue(Optional<LocalDate> lastAsked, List<LocalDate> failed) {
        TreeSet<LocalDate> due = new TreeSet<>();
        failed.stream().filter(day -> !day.isAfter(yesterday)).forEach(due::add);
        LocalDate next = lastAsked.map(day -> day.plusDays(1)).orElse(firstDay);
        for (LocalDate day = next; !day.isAfter(yesterday) && due.size() < maxDays; day = day.plusDays(1)) {
            due.add(day);
        }
        return due.stream().limit(maxDays).toList();
    }
}
