package com.fundguard.identity.rolegrant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.rolegrant.domain.RoleGrant.Actor;
import com.fundguard.identity.rolegrant.domain.RoleGrantRefused.Reason;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class RoleGrantTest {

    static final UUID ENTERPRISE = UUID.randomUUID();
    final Instant now = Instant.parse("2026-11-23T09:00:00Z");
    final Actor admin = new Actor(UUID.randomUUID(), ENTERPRISE, Set.of(Role.ENTERPRISE_ADMIN));
    final Actor secondAdmin = new Actor(UUID.randomUUID(), ENTERPRISE, Set.of(Role.ENTERPRISE_ADMIN));
    final Actor authorizer = new Actor(UUID.randomUUID(), ENTERPRISE, Set.of(Role.AUTHORIZER));
    final Actor cashier = new Actor(UUID.randomUUID(), ENTERPRISE, Set.of(Role.APPLICANT));
    final UUID target = UUID.randomUUID();

    RoleGrant pendingAuditorGrant() {
        return RoleGrant.request(UUID.randomUUID(), admin, target, Set.of(Role.APPLICANT), Role.AUDITOR, now);
    }

    static void refusedFor(Reason reason, Runnable act) {
        assertThatThrownBy(act::run).isInstanceOf(RoleGrantRefused.class)
                .satisfies(e -> assertThat(((RoleGrantRefused) e).reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AUDITOR", "AUTHORIZER"})
    void anApprovalRoleWaitsForASecondPerson(Role role) {
        RoleGrant grant = RoleGrant.request(UUID.randomUUID(), admin, target, Set.of(Role.APPLICANT), role, now);

        assertThat(grant.state()).isEqualTo(RoleGrant.State.PENDING);
        assertThat(grant.granted()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"APPLICANT", "OPERATOR", "ENTERPRISE_ADMIN"})
    void aRoleThatDecidesNoMoneyIsGrantedAtOnce(Role role) {
        RoleGrant grant = RoleGrant.request(UUID.randomUUID(), admin, target, Set.of(Role.AUDITOR), role, now);

        assertThat(grant.state()).isEqualTo(RoleGrant.State.GRANTED);
        assertThat(grant.decidedBy()).isEqualTo(admin.userId());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "PLATFORM_OPS", mode = EnumSource.Mode.EXCLUDE)
    void rejectsAGrantByTheAdminToThemself(Role role) {
        refusedFor(Reason.SELF_GRANT, () -> RoleGrant.request(UUID.randomUUID(), admin, admin.userId(), Set.of(Role.ENTERPRISE_ADMIN), role, now));
    }

    @Test
    void rejectsARequestBySomeoneWhoIsNotAnAdmin() {
        refusedFor(Reason.NOT_AN_ADMIN, () -> RoleGrant.request(UUID.randomUUID(), authorizer, target, Set.of(), Role.AUDITOR, now));
    }

    @Test
    void rejectsGrantingARoleTheyAlreadyHoldOrThePlatformRole() {
        refusedFor(Reason.ALREADY_HELD, () -> RoleGrant.request(UUID.randomUUID(), admin, target, Set.of(Role.AUDITOR), Role.AUDITOR, now));
        refusedFor(Reason.NOT_GRANTABLE, () -> RoleGrant.request(UUID.randomUUID(), admin, target, Set.of(), Role.PLATFORM_OPS, now));
    }

    @Test
    void anotherAdminOrAnAuthorizerConfirms() {
        assertThat(pendingAuditorGrant().confirm(secondAdmin, now).state()).isEqualTo(RoleGrant.State.GRANTED);
        assertThat(pendingAuditorGrant().confirm(authorizer, now).decidedBy()).isEqualTo(authorizer.userId());
        assertThat(pendingAuditorGrant().refuse(authorizer, now).state()).isEqualTo(RoleGrant.State.REFUSED);
    }

    @Test
    void rejectsConfirmationByThePersonWhoAsked() {
        refusedFor(Reason.NOT_A_SECOND_PERSON, () -> pendingAuditorGrant().confirm(admin, now));
    }

    @Test
    void rejectsConfirmationByThePersonTheGrantIsFor() {
        Actor theTarget = new Actor(target, ENTERPRISE, Set.of(Role.ENTERPRISE_ADMIN, Role.AUTHORIZER));
        refusedFor(Reason.SELF_GRANT, () -> pendingAuditorGrant().confirm(theTarget, now));
    }

    @Test
    void rejectsConfirmationByACashierOrSomeoneOfAnotherEnterprise() {
        refusedFor(Reason.NOT_A_SECOND_PERSON, () -> pendingAuditorGrant().confirm(cashier, now));
        Actor foreignAdmin = new Actor(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.ENTERPRISE_ADMIN));
        refusedFor(Reason.NOT_A_SECOND_PERSON, () -> pendingAuditorGrant().confirm(foreignAdmin, now));
    }

    /** Transition table: confirm and refuse only act on PENDING. */
    @ParameterizedTest
    @EnumSource(value = RoleGrant.State.class, names = {"GRANTED", "REFUSED"})
    void aDecidedGrantIsNotDecidedAgain(RoleGrant.State state) {
        RoleGrant pending = pendingAuditorGrant();
        RoleGrant decided = state == RoleGrant.State.GRANTED ? pending.confirm(authorizer, now) : pending.refuse(authorizer, now);

        refusedFor(Reason.NOT_PENDING, () -> decided.confirm(secondAdmin, now));
        refusedFor(Reason.NOT_PENDING, () -> decided.refuse(secondAdmin, now));
    }
}
