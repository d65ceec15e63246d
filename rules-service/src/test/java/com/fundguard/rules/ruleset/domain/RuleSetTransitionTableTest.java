package com.fundguard.rules.ruleset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, act) pair of a rule set: where it goes, or why it is refused. */
class RuleSetTransitionTableTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    static final UUID AUTHOR = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();

    enum Act {
        PUBLISH_BY_ANOTHER_PERSON(r -> r.publish(OTHER, CLOCK).ruleSet()),
        PUBLISH_BY_THE_AUTHOR(r -> r.publish(AUTHOR, CLOCK).ruleSet()),
        RETIRE(r -> r.retire(CLOCK));

        final Function<RuleSet, RuleSet> apply;

        Act(Function<RuleSet, RuleSet> apply) {
            this.apply = apply;
        }
    }

    static RuleSet in(RuleSetState state) {
        RuleSet draft = RuleSet.draft(UUID.randomUUID(), 1, "{}", AUTHOR, CLOCK);
        return switch (state) {
            case DRAFT -> draft;
            case PUBLISHED -> draft.publish(OTHER, CLOCK).ruleSet();
            case RETIRED -> draft.publish(OTHER, CLOCK).ruleSet().retire(CLOCK);
        };
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(RuleSetState.DRAFT, Act.PUBLISH_BY_ANOTHER_PERSON, RuleSetState.PUBLISHED, null),
                Arguments.of(RuleSetState.DRAFT, Act.PUBLISH_BY_THE_AUTHOR, null, RuleSetTransitionRefused.Reason.AUTHOR_CANNOT_PUBLISH),
                Arguments.of(RuleSetState.DRAFT, Act.RETIRE, null, RuleSetTransitionRefused.Reason.NOT_PUBLISHED),
                Arguments.of(RuleSetState.PUBLISHED, Act.PUBLISH_BY_ANOTHER_PERSON, null, RuleSetTransitionRefused.Reason.NOT_A_DRAFT),
                Arguments.of(RuleSetState.PUBLISHED, Act.PUBLISH_BY_THE_AUTHOR, null, RuleSetTransitionRefused.Reason.NOT_A_DRAFT),
                Arguments.of(RuleSetState.PUBLISHED, Act.RETIRE, RuleSetState.RETIRED, null),
                Arguments.of(RuleSetState.RETIRED, Act.PUBLISH_BY_ANOTHER_PERSON, null, RuleSetTransitionRefused.Reason.NOT_A_DRAFT),
                Arguments.of(RuleSetState.RETIRED, Act.PUBLISH_BY_THE_AUTHOR, null, RuleSetTransitionRefused.Reason.NOT_A_DRAFT),
                Arguments.of(RuleSetState.RETIRED, Act.RETIRE, null, RuleSetTransitionRefused.Reason.NOT_PUBLISHED));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2} {3}")
    @MethodSource("table")
    void everyActInEveryStateLeadsWhereTheTableSays(RuleSetState from, Act act, RuleSetState to,
                                                     RuleSetTransitionRefused.Reason refusal) {
        RuleSet ruleSet = in(from);
        if (to != null) {
            assertThat(act.apply.apply(ruleSet).state()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> act.apply.apply(ruleSet))
                    .isInstanceOfSatisfying(RuleSetTransitionRefused.class, e -> assertThat(e.reason()).isEqualTo(refusal));
        }
    }

    @org.junit.jupiter.api.Test
    void theTableCoversEveryStateAndAct() {
        assertThat(table().count()).isEqualTo((long) RuleSetState.values().length * Act.values().length);
    }

    @org.junit.jupiter.api.Test
    void publishingCausesRuleSetPublishedNamingVersionAndPublisher() {
        RuleSet.Published published = in(RuleSetState.DRAFT).publish(OTHER, CLOCK);

        assertThat(published.event().version()).isEqualTo(1);
        assertThat(published.event().publishedBy()).isEqualTo(OTHER);
        assertThat(published.event().publishedAt()).isEqualTo(CLOCK.instant());
    }
}
