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
 * {8} and {9} the kind's own facts ({@link Notice#facts()}): for a suspected voucher reuse the other transfer and the
 * pictures' distance, for a refused voucher what the checks found and the quality checks missed. A reason that has a
 * text of its own ({@code <kind>.reason.<code>}, e.g. a voucher refusal's POOR_QUALITY) reads as that text.
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
                fact(notice, 0), fact(notice, 1)};
        // strip: a refusal without detail leaves no trailing space
        String body = format(bundle, key + ".body", locale, arguments).strip();
        if (notice.kind() == NoticeKind.VOUCHER_REJECTED && !fact(notice, 1).isEmpty()) {
            body = body + format(bundle, key + ".shortfalls", locale, arguments);
        }
        return new NoticeText(format(bundle, key + ".title", locale, arguments), body,
                format(bundle, key + ".sms", locale, arguments));
    }

    private static String reasonText(ResourceBundle bundle, String templateKey, String reason) {
        String key = templateKey + ".reason." + reason;
        return bundle.containsKey(key) ? bundle.getString(key) : reason;
    }

    private static String fact(Notice notice, int index) {
        return index < notice.facts().size() ? notice.facts().get(index) : "";
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
