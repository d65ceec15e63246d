package com.fundguard.notification.notice.domain;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A notice's title, body and SMS text in one language, from the {@code notices} bundle (root: English; {@code _zh_CN}:
 * Simplified Chinese). Arguments: {0} reference, {1} amount, {2} currency, {3} payee name, {4} masked payee account,
 * {5} reason, {6} how long the step has waited (follow-ups), {7} the last four characters of the masked account.
 * {8} to {11} the kind's own facts ({@link Notice#facts()}): for a suspected voucher reuse the other transfer and the
 * pictures' distance, for a refused voucher what the checks found and the quality checks missed; for an error case its
 * transaction date, deadline, the transfers concerned and the resolution (one not known reads "not known"). A reason
 * that has a text of its own ({@code <kind>.reason.<code>}, e.g. a voucher refusal's POOR_QUALITY; an error case's type,
 * {@code reconciliation.case-type.<type>}) reads as that text. A kind with a {@code <kind>.transfers} text appends it
 * when the notice names transfers ({10}).
 * Amounts stay the decimal strings of the events: no locale reformats money.
 *
 * @param sms the short text for SMS: one Chinese message is 70 characters, so it names reference, amount and the
 *            account's last four, not the payee's name or a reason of free length (the inbox has them)
 */
public record NoticeText(String title, String body, String sms) {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_MACHINE_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static NoticeText of(Notice notice, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("notices", locale, NO_FALLBACK_TO_THE_MACHINE_LOCALE);
        String unknown = bundle.getString("unknown");
        String key = notice.kind().templateKey();
        Object[] arguments = {notice.reference(), notice.amount().orElse(unknown), notice.currency().orElse(""),
                notice.payeeName().orElse(unknown), notice.maskedPayeeAccount().orElse(unknown),
                notice.reason().map(reason -> reasonText(bundle, key, reason)).orElse(unknown),
                notice.waited().map(w -> waited(w, bundle, locale)).orElse(unknown),
                notice.maskedPayeeAccount().map(NoticeText::lastFour).orElse(unknown),
                fact(notice, 0, unknown, bundle, locale), fact(notice, 1, unknown, bundle, locale),
                fact(notice, 2, unknown, bundle, locale), fact(notice, 3, unknown, bundle, locale)};
        // strip: a refusal without detail leaves no trailing space
        String body = format(bundle, key + ".body", locale, arguments).strip();
        if (notice.kind() == NoticeKind.VOUCHER_REJECTED && !fact(notice, 1).isEmpty()) {
            body = body + format(bundle, key + ".shortfalls", locale, arguments);
        }
        if (bundle.containsKey(key + ".transfers") && !fact(notice, 2).isEmpty()) {
            body = body + format(bundle, key + ".transfers", locale, arguments);
        }
        // strip: an amount not known leaves no currency, and no trailing space after it
        return new NoticeText(format(bundle, key + ".title", locale, arguments).strip(), body,
                format(bundle, key + ".sms", locale, arguments).strip());
    }

    private static String reasonText(ResourceBundle bundle, String templateKey, String reason) {
        for (String key : List.of(templateKey + ".reason." + reason, "reconciliation.case-type." + reason)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return reason;
    }

    private static String fact(Notice notice, int index) {
        return index < notice.facts().size() ? notice.facts().get(index) : "";
    }

    /**
     * An error case's fact not known reads "not known"; other kinds leave an absent fact out (a refusal's detail). A
     * fact with a text of its own ({@code <kind>.fact.<value>}, e.g. how an escalated case stands) reads as that text.
     */
    private static String fact(Notice notice, int index, String unknown, ResourceBundle bundle, Locale locale) {
        String fact = fact(notice, index);
        String key = notice.kind().templateKey() + ".fact." + fact;
        if (!fact.isEmpty() && bundle.containsKey(key)) {
            return format(bundle, key, locale); // as every text of the bundle: a quote written twice
        }
        return fact.isEmpty() && notice.kind().aboutAnErrorCase() ? unknown : fact;
    }

    /** Days and hours, or hours and minutes under a day, or minutes under an hour: as a person says how long it was. */
    static String waited(Duration waited, ResourceBundle bundle, Locale locale) {
        long days = waited.toDays();
        int hours = waited.toHoursPart();
        int minutes = waited.toMinutesPart();
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(format(bundle, "waited.days", locale, days));
            if (hours > 0) {
                parts.add(format(bundle, "waited.hours", locale, hours));
            }
        } else if (hours > 0) {
            parts.add(format(bundle, "waited.hours", locale, hours));
            if (minutes > 0) {
                parts.add(format(bundle, "waited.minutes", locale, minutes));
            }
        } else {
            parts.add(format(bundle, "waited.minutes", locale, minutes));
        }
        return String.join(bundle.getString("waited.separator"), parts);
    }

    private static String lastFour(String maskedAccount) {
        return maskedAccount.length() <= 4 ? maskedAccount : maskedAccount.substring(maskedAccount.length() - 4);
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
