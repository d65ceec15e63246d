package com.fundguard.approval.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransferRequestTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final UUID ENTERPRISE = UUID.randomUUID();
    static final UUID APPLICANT = UUID.randomUUID();
    static final String HASH = "a".repeat(64);

    static TransferDetails details(LocalDate executionDate) {
        return new TransferDetails("6222000011112222",
                new Payee("Shanghai Steel Co.", "31001234567890", "CCBCCNBJ", PayeeType.CORPORATE),
                Money.of("125000.50", "CNY"), "Invoice 2026-0042", executionDate, List.of(UUID.randomUUID()));
    }

    static TransferRequest.Submitted submit(Route route) {
        return TransferRequest.submit(UUID.randomUUID(), ENTERPRISE, TransferReference.of(LocalDate.of(2026, 11, 23), 123),
                APPLICANT, details(LocalDate.of(2026, 11, 23)), HASH, route, Optional.empty(), CLOCK);
    }

    @Test
    void aSubmittedRequestWaitsAtTheFirstStepOfItsRouteAndCausesTransferSubmitted() {
        var submitted = submit(new Route("builtin-default@1", List.of(RouteStep.audit(), RouteStep.authorization()), List.of()));

        assertThat(submitted.request().state()).isEqualTo(TransferState.PENDING_AUDIT);
        assertThat(submitted.request().submittedAt()).isEqualTo(CLOCK.instant());
        assertThat(submitted.event().reference().value()).isEqualTo("TR-20261123-000123");
        assertThat(submitted.followingEvents()).isEmpty();
    }

    @Test
    void aRouteWithoutStepsAuthorizesAtSubmission() {
        var submitted = submit(new Route("rules@7", List.of(), List.of()));

        assertThat(submitted.request().state()).isEqualTo(TransferState.AUTHORIZED);
        assertThat(submitted.followingEvents()).singleElement().isInstanceOf(TransferEvent.Authorized.class);
    }

    @Test
    void refusesAnExecutionDateBeforeTodayInTheEnterprisesTimeZone() {
        // 02:00 UTC is already 10:00 on the 23rd in Shanghai: the 22nd lies in the past there.
        assertThatThrownBy(() -> TransferRequest.submit(UUID.randomUUID(), ENTERPRISE,
                TransferReference.of(LocalDate.of(2026, 11, 23), 1), APPLICANT, details(LocalDate.of(2026, 11, 22)), HASH,
                new Route("r", List.of(RouteStep.audit()), List.of()), Optional.empty(), CLOCK))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> assertThat(e.field()).isEqualTo("requestedExecutionDate"));
    }

    @Test
    void aQuorumOfTwoNeedsTwoDifferentAuthorizers() {
        var request = submit(new Route("r", List.of(new RouteStep("AUTHORIZATION", ApproverRole.AUTHORIZER, 2)), List.of())).request();
        Decider first = new Decider(UUID.randomUUID(), Set.of(ApproverRole.AUTHORIZER), "owner-app");
        Decider second = new Decider(UUID.randomUUID(), Set.of(ApproverRole.AUTHORIZER), "owner-app");

        var afterFirst = request.approve(first, HASH, "ok", CLOCK);
        assertThat(afterFirst.request().state()).isEqualTo(TransferState.PENDING_AUTHORIZATION);
        assertThat(afterFirst.events()).isEmpty();
        assertThatThrownBy(() -> afterFirst.request().approve(first, HASH, "again", CLOCK))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.ALREADY_DECIDED));

        var afterSecond = afterFirst.request().approve(second, HASH, "ok too", CLOCK);
        assertThat(afterSecond.request().state()).isEqualTo(TransferState.AUTHORIZED);
        assertThat(afterSecond.events()).singleElement().isInstanceOf(TransferEvent.Authorized.class);
    }

    @Test
    void anAuditThatCompletesTheRouteIsAnAuditAndAnAuthorization() {
        var request = submit(new Route("r", List.of(RouteStep.audit()), List.of())).request();

        var audited = request.approve(new Decider(UUID.randomUUID(), Set.of(ApproverRole.AUDITOR), "web"), HASH, "ok", CLOCK);

        assertThat(audited.request().state()).isEqualTo(TransferState.AUTHORIZED);
        assertThat(audited.events()).hasSize(2).first().isInstanceOfSatisfying(TransferEvent.StepApproved.class,
                e -> assertThat(e.step()).isEqualTo("AUDIT"));
    }

    @Test
    void rejectsAuthorizationByTheApplicantThemself() {
        var request = submit(new Route("r", List.of(RouteStep.authorization()), List.of())).request();
        Decider applicantWhoIsAlsoOwner = new Decider(APPLICANT, Set.of(ApproverRole.AUTHORIZER), "owner-app");

        assertThatThrownBy(() -> request.approve(applicantWhoIsAlsoOwner, HASH, "mine", CLOCK))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.APPLICANT_CANNOT_DECIDE));
    }

    @Test
    void onePersonCannotTakeTwoStepsOfOneRequest() {
        var request = submit(new Route("r", List.of(RouteStep.audit(), RouteStep.authorization()), List.of())).request();
        Decider supervisorAndOwner = new Decider(UUID.randomUUID(), Set.of(ApproverRole.AUDITOR, ApproverRole.AUTHORIZER), "web");

        var audited = request.approve(supervisorAndOwner, HASH, "audited", CLOCK);

        assertThatThrownBy(() -> audited.request().approve(supervisorAndOwner, HASH, "authorized", CLOCK))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.ALREADY_DECIDED));
    }

    @Test
    void aDeciderWithoutTheStepsRoleAtThisMomentIsRefused() {
        var request = submit(new Route("r", List.of(RouteStep.authorization()), List.of())).request();
        Decider revoked = new Decider(UUID.randomUUID(), Set.of(), "owner-app");

        assertThatThrownBy(() -> request.approve(revoked, HASH, "ok", CLOCK))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.LACKS_ROLE));
    }

    @Test
    void aDecisionOnContentOtherThanTheRequestsIsRefused() {
        var request = submit(new Route("r", List.of(RouteStep.authorization()), List.of())).request();
        Decider owner = new Decider(UUID.randomUUID(), Set.of(ApproverRole.AUTHORIZER), "owner-app");

        assertThatThrownBy(() -> request.approve(owner, "b".repeat(64), "ok", CLOCK))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.CONTENT_CHANGED));
    }

    @Test
    void aRejectionEndsTheRequestWithItsReasonKeptAsEvidence() {
        var request = submit(new Route("r", List.of(RouteStep.audit(), RouteStep.authorization()), List.of())).request();
        Decider supervisor = new Decider(UUID.randomUUID(), Set.of(ApproverRole.AUDITOR), "web-portal");

        var rejected = request.reject(supervisor, HASH, "invoice does not match the contract", CLOCK);

        assertThat(rejected.request().state()).isEqualTo(TransferState.REJECTED);
        assertThat(rejected.request().decisions()).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Decision.Verdict.REJECT);
            assertThat(d.opinion()).isEqualTo("invoice does not match the contract");
            assertThat(d.client()).isEqualTo("web-portal");
            assertThat(d.contentHash()).isEqualTo(HASH);
        });
        assertThat(rejected.events()).singleElement().isInstanceOfSatisfying(TransferEvent.Rejected.class,
                e -> assertThat(e.reason()).isEqualTo("invoice does not match the contract"));
        assertThatThrownBy(() -> request.reject(supervisor, HASH, " ", CLOCK))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.REASON_REQUIRED));
    }

    @Test
    void onlyTheApplicantCancelsAndOnlyBeforeAnyDecision() {
        var request = submit(new Route("r", List.of(new RouteStep("AUDIT", ApproverRole.AUDITOR, 2)), List.of())).request();

        assertThatThrownBy(() -> request.cancel(UUID.randomUUID(), CLOCK))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.NOT_THE_APPLICANT));
        var oneApproval = request.approve(new Decider(UUID.randomUUID(), Set.of(ApproverRole.AUDITOR), "web"), HASH, "ok", CLOCK);
        assertThatThrownBy(() -> oneApproval.request().cancel(APPLICANT, CLOCK)).isInstanceOf(DecisionRefused.class);
        assertThat(request.cancel(APPLICANT, CLOCK).request().state()).isEqualTo(TransferState.CANCELLED);
    }

    @Test
    void aRequestExpiresOnlyAfterItsDeadline() {
        var request = submit(new Route("r", List.of(RouteStep.audit()), List.of())).request();
        Clock dayLater = Clock.offset(CLOCK, java.time.Duration.ofHours(25));

        assertThatThrownBy(() -> request.expire(java.time.Duration.ofHours(48), dayLater))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.NOT_YET_DUE));
        var expired = request.expire(java.time.Duration.ofHours(24), dayLater);
        assertThat(expired.request().state()).isEqualTo(TransferState.EXPIRED);
        assertThat(expired.events()).singleElement().isInstanceOf(TransferEvent.Expired.class);
    }

    @Test
    void moneyRefusesMoreDecimalsThanItsCurrencyHasInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("10.001", "CNY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("10.100", "CNY").amount()).isEqualByComparingTo("10.10");
        assertThat(Money.of("10.1", "CNY").amount().scale()).isEqualTo(2);
    }

    @Test
    void aPayeeShowsOnlyTheLastFourCharactersOfItsAccountWhenMasked() {
        assertThat(new Payee("A", "31001234567890", "B", PayeeType.CORPORATE).maskedAccount()).isEqualTo("**********7890");
        assertThat(new Payee("A", "789", "B", PayeeType.CORPORATE).maskedAccount()).isEqualTo("789");
    }

    @Test
    void refusesAZeroAmount() {
        assertThatThrownBy(() -> new TransferDetails("6222000011112222", new Payee("A", "1234", "BANK", PayeeType.PERSONAL),
                Money.of("0.00", "CNY"), "rent", LocalDate.of(2026, 11, 23), List.of()))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void theDefaultRoutingFollowsThePatent() {
        DefaultRouting routing = new DefaultRouting(new BigDecimal("5000.00"));
        Money small = Money.of("3000.00", "CNY");
        Money large = Money.of("125000.50", "CNY");

        assertThat(routing.routeFor(new DefaultRouting.Facts(PayeeType.PERSONAL, large, AccountLevel.TWO_LEVEL)).steps())
                .as("personal card on a two-level account skips audit").containsExactly(RouteStep.authorization());
        assertThat(routing.routeFor(new DefaultRouting.Facts(PayeeType.CORPORATE, large, AccountLevel.THREE_LEVEL)).steps())
                .as("corporate on a three-level account needs audit, then the authorizer above the limit")
                .containsExactly(RouteStep.audit(), RouteStep.authorization());
        assertThat(routing.routeFor(new DefaultRouting.Facts(PayeeType.CORPORATE, small, AccountLevel.THREE_LEVEL)).steps())
                .as("within the no-authorization limit, the audit authorizes").containsExactly(RouteStep.audit());
        assertThat(routing.routeFor(new DefaultRouting.Facts(PayeeType.PERSONAL, large, AccountLevel.TWO_LEVEL)).decidedBy())
                .isEqualTo(DefaultRouting.NAME);
    }
}
