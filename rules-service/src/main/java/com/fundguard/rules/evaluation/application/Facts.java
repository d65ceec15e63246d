package com.fundguard.rules.evaluation.application;

import com.fundguard.rules.evaluation.domain.DataDictionary;
import com.fundguard.rules.evaluation.domain.FactType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a request's facts against the data dictionary: every fact present, none unknown, each of its type. */
public final class Facts {

    private Facts() {
    }

    /** A fact that is missing, unknown or of the wrong type; names the fact. */
    public static class InvalidFactException extends RuntimeException {
        private final String fact;

        public InvalidFactException(String fact, String reason) {
            super(reason);
            this.fact = fact;
        }

        public String fact() {
            return fact;
        }
    }

    /** Returns the facts in the types the engine evaluates (INT as long, DOUBLE as double, lists as lists of strings). */
    public static Map<String, Object> checked(DataDictionary dictionary, Map<String, Object> given) {
        for (String name : given.keySet()) {
            if (dictionary.fact(name).isEmpty()) {
                throw new InvalidFactException(name, "is not a fact of the data dictionary");
            }
        }
        Map<String, Object> checked = new HashMap<>();
        for (DataDictionary.Fact fact : dictionary.facts().values()) {
            Object value = given.get(fact.name());
            if (value == null) {
                throw new InvalidFactException(fact.name(), "is required (" + fact.meaning() + ")");
            }
            checked.put(fact.name(), convert(fact, value));
        }
        return checked;
    }

    private static Object convert(DataDictionary.Fact fact, Object value) {
        FactType type = fact.type();
        return switch (type) {
            case INT -> switch (value) {
                case Integer i -> i.longValue();
                case Long l -> l;
                case BigInteger b -> b.longValueExact();
                case BigDecimal d when d.stripTrailingZeros().scale() <= 0 -> d.longValueExact();
                default -> throw wrongType(fact);
            };
            case DOUBLE -> switch (value) {
                case Number n -> n.doubleValue();
                default -> throw wrongType(fact);
            };
            case BOOL -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                throw wrongType(fact);
            }
            case STRING -> {
                if (value instanceof String s) {
                    yield s;
                }
                throw wrongType(fact);
            }
            case STRING_LIST -> {
                if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                    yield List.copyOf(list);
                }
                throw wrongType(fact);
            }
        };
    }

    private static InvalidFactException wrongType(DataDictionary.Fact fact) {
        return new InvalidFactException(fact.name(), "must be " + fact.type());
    }
}
