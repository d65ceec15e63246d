package com.fundguard.crypto.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    /** RFC 8785 section 3.2.2: the example input and its canonical form. */
    @Test
    void producesTheCanonicalFormOfTheRfcExample() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """;

        assertThat(CanonicalJson.canonicalize(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    /** RFC 8785 section 3.2.3: members sorted by their UTF-16 code units. */
    @Test
    void sortsMembersByUtf16CodeUnitsAsTheRfcShows() {
        String input = "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\","
                + " \"1\": \"One\", \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\", \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}";

        String canonical = CanonicalJson.canonicalize(input);

        assertThat(canonical).containsSubsequence("\\r", "\"1\"", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33");
    }

    @Test
    void theSameContentHashesTheSameWhateverItsLayout() {
        String one = "{\"transferId\":\"42\",\"amount\":\"125000.50\",\"currency\":\"CNY\",\"payee\":{\"account\":\"31001234567890\"}}";
        String other = "{ \"payee\" : { \"account\" : \"31001234567890\" },\n \"currency\":\"CNY\", \"amount\":\"125000.50\", \"transferId\":\"42\" }";

        assertThat(CanonicalJson.contentHash(one)).isEqualTo(CanonicalJson.contentHash(other)).hasSize(64);
        assertThat(CanonicalJson.contentHash(one.replace("125000.50", "125000.51"))).isNotEqualTo(CanonicalJson.contentHash(one));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"a\": }")).isInstanceOf(IllegalArgumentException.class);
    }
}
