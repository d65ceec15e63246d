package com.fundguard.notification.notice.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A notice's title and body in one language, from the {@code notices} bundle (root: English; {@code _zh_CN}:
 * Simplified Chinese). Arguments: {0} reference, {1} amount, {2} currency, {3} payee name, {4} masked payee account,
 * {5} reason. Amounts stay the decimal strings of the events: no locale reformats money.
 */
public record NoticeText(String title, String body) {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_MACHINE_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static NoticeText of(Notice notice, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("notices", locale, NO_FALLBACK_TO_THE_MACHINE_LOCALE);
        String unknown = bundle.getString("unknown");
        Object[] arguments = {notice.reference(), notice.amount().orElse(unknown), notice.currency().orElse(""),
                notice.payeeName().orElse(unknown), notice.maskedPayeeAccount().orElse(unknown),
                notice.reason().orElse(unknown)};
        String key = notice.kind().templateKey();
        return new NoticeText(new MessageFormat(bundle.getString(key + ".title"), locale).format(arguments),
                new MessageFormat(bundle.getString(key + ".body"), locale).format(arguments));
    }
}
