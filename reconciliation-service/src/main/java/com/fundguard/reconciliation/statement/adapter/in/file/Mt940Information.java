package com.fundguard.reconciliation.statement.adapter.in.file;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be taken out of an MT940 :86: text with certainty. Banks that write it structured (ABN AMRO's and ING's
 * SEPA layouts: {@code /TRTP/.../IBAN/.../NAME/.../EREF/...}, {@code /EREF/...//CNTP/iban/bic/name/city///REMI/...})
 * delimit each part with a /CODE/; only those codes are read. Free text (the older layouts in the test data) yields
 * nothing: it is kept raw on the entry, never guessed at.
 */
record Mt940Information(Optional<String> endToEndReference, Optional<String> counterpartyAccount,
                        Optional<String> counterpartyName) {

    private static final Pattern CODE = Pattern.compile(
            "/(EREF|IBAN|BIC|NAME|REMI|TRTP|CNTP|MARF|CSID|PREF|KREF|ORDP|BENM|PURP|RTRN|ULTC|ULTD|ULTB|SVCL|ADDR|BUSP)/");
    /** Banks write "no reference given" as a value; it is not a reference. */
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    static Mt940Information of(String raw) {
        // The text is wrapped at 65 characters mid-word, so the lines join without a separator.
        String text = raw.replace("\r", "").replace("\n", "");
        if (!text.startsWith("/")) {
            return new Mt940Information(Optional.empty(), Optional.empty(), Optional.empty());
        }
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher m = CODE.matcher(text);
        String code = null;
        int valueStart = 0;
        while (m.find()) {
            if (code != null) {
                parts.putIfAbsent(code, text.substring(valueStart, m.start()));
            }
            code = m.group(1);
            valueStart = m.end();
        }
        if (code != null) {
            parts.putIfAbsent(code, text.substring(valueStart));
        }
        Optional<String> account = value(parts.get("IBAN"));
        Optional<String> name = value(parts.get("NAME"));
        String counterparty = parts.get("CNTP");
        if (counterparty != null) {
            String[] cntp = counterparty.split("/", -1); // account/BIC/name/city
            account = account.or(() -> value(cntp[0]));
            name = name.or(() -> cntp.length > 2 ? value(cntp[2]) : Optional.empty());
        }
        return new Mt940Information(value(parts.get("EREF")), account, name);
    }

    private static Optional<String> value(String part) {
        if (part == null) {
            return Optional.empty();
        }
        String v = part.replaceAll("^/+|/+$", "").strip();
        return v.isEmpty() || v.equals(NOT_PROVIDED) ? Optional.empty() : Optional.of(v);
    }
}
