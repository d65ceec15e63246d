package com.fundguard.rules.evaluation.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The documented facts a rule may use (数据字典). A rule naming anything else, or using a fact as another type,
 * does not compile.
 */
public final class DataDictionary {

    public record Fact(String name, FactType type, String meaning) {
    }

    public static final DataDictionary STANDARD = new DataDictionary(Map.ofEntries(
            fact("amount_minor", FactType.INT, "the amount in minor units of its currency (125000.50 CNY is 12500050)"),
            fact("currency", FactType.STRING, "ISO 4217 code of the amount"),
            fact("payee_type", FactType.STRING, "PERSONAL or CORPORATE"),
            fact("payee_is_new", FactType.BOOL, "the enterprise never paid this payee account before"),
            fact("payer_account", FactType.STRING, "the account the money leaves"),
            fact("account_level", FactType.STRING, "the payer account's level setting: TWO_LEVEL or THREE_LEVEL"),
            fact("applicant_count_today", FactType.INT, "transfers the applicant submitted today, this one excluded"),
            fact("applicant_amount_today_minor", FactType.INT, "their total today in minor units, this one excluded"),
            fact("business_day", FactType.BOOL, "today is a business day of the enterprise's calendar"),
            fact("hour", FactType.INT, "hour of the day of submission in the enterprise's time zone, 0-23"),
            fact("amount_vs_payee_average", FactType.DOUBLE, "this amount divided by the average to this payee (0 if none): a ratio, not money"),
            fact("transfers_to_payee_last_24h", FactType.INT, "transfers to the same payee account in the last 24 hours (split payments)"),
            fact("voucher_count", FactType.INT, "vouchers attached"),
            fact("voucher_types", FactType.STRING_LIST, "types of the attached vouchers (INVOICE, CONTRACT, RECEIPT, ID_CARD, BANK_CARD, OTHER)"),
            fact("voucher_reuse_suspected", FactType.BOOL,
                    "an attached voucher, or a near-identical picture of it, is already on another transfer of the enterprise")));

    private final Map<String, Fact> facts;

    private DataDictionary(Map<String, Fact> facts) {
        this.facts = new LinkedHashMap<>(facts);
    }

    private static Map.Entry<String, Fact> fact(String name, FactType type, String meaning) {
        return Map.entry(name, new Fact(name, type, meaning));
    }

    public Map<String, Fact> facts() {
        return Map.copyOf(facts);
    }

    public Optional<Fact> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }
}
