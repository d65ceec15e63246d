package com.fundguard.reconciliation.report.domain;

/** How long an error case has been open, in business days of the enterprise's calendar, as the report groups it. */
public enum AgeBucket {
    DAYS_0_1("0-1", 0, 1),
    DAYS_2_3("2-3", 2, 3),
    DAYS_4_7("4-7", 4, 7),
    OVER_7(">7", 8, Integer.MAX_VALUE);

    private final String label;
    private final int from;
    private final int to;

    AgeBucket(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    /** As people write it: 0-1, 2-3, 4-7, >7. */
    public String label() {
        return label;
    }

    public static AgeBucket of(int businessDays) {
        if (businessDays < 0) {
            throw new IllegalArgumentException("an age cannot be negative: " + businessDays);
        }
        for (AgeBucket bucket : values()) {
            if (businessDays >= bucket.from && businessDays <= bucket.to) {
                return bucket;
            }
        }
        throw new IllegalStateException("the buckets cover every age");
    }
}
