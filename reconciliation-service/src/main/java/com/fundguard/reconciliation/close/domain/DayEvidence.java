package com.fundguard.reconciliation.close.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the bank said about one account and day, and where each of its lines stands, as read when someone asks to
 * close the day.
 *
 * @param lines               the statement lines booked on the account that day (booking date), in statement order
 * @param statuses            each line's standing in reconciliation, by line id; a line missing here is UNKNOWN
 * @param closingBalances     the closing balances of the account's statements dated that day (normally one;
 *                            two that disagree block the close)
 * @param nextOpeningBalance  the opening balance of the account's first statement closing after that day: how the
 *                            bank confirms that nothing moved on a day for which it sent no statement
 */
public record DayEvidence(LocalDate day, List<BookedLine> lines, Map<UUID, LineStatus> statuses,
                          List<StatedBalance> closingBalances, Optional<StatedBalance> nextOpeningBalance) {

    public DayEvidence {
        Objects.requireNonNull(day, "day");
        lines = List.copyOf(lines);
        statuses = Map.copyOf(statuses);
        closingBalances = List.copyOf(closingBalances);
        Objects.requireNonNull(nextOpeningBalance, "nextOpeningBalance");
        for (BookedLine line : lines) {
            if (!line.bookingDate().equals(day)) {
                throw new IllegalArgumentException("line " + line.id() + " is booked on " + line.bookingDate() + ", not on " + day);
            }
        }
    }

    public LineStatus statusOf(BookedLine line) {
        return statuses.getOrDefault(line.id(), LineStatus.UNKNOWN);
    }
}
