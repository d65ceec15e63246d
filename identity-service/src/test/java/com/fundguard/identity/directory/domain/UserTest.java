package com.fundguard.identity.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    static User user(String username, Set<Role> roles) {
        return new User(UUID.randomUUID(), UUID.randomUUID(), username, "Li Wei", roles, Instant.EPOCH);
    }

    @Test
    void aUserHoldsTheRolesGiven() {
        User cashier = user("li.wei", Set.of(Role.APPLICANT));

        assertThat(cashier.holds(Role.APPLICANT)).isTrue();
        assertThat(cashier.holds(Role.AUTHORIZER)).isFalse();
    }

    @Test
    void refusesAUserWithoutRoles() {
        assertThatThrownBy(() -> user("li.wei", Set.of()))
                .isInstanceOfSatisfying(InvalidDirectoryEntryException.class, e -> assertThat(e.field()).isEqualTo("roles"));
    }

    @Test
    void refusesUsernamesThatCouldBeConfusedOrInjected() {
        for (String bad : new String[] {"Li.Wei", "a", "li wei", "li;drop", "-leading"}) {
            assertThatThrownBy(() -> user(bad, Set.of(Role.APPLICANT))).as(bad)
                    .isInstanceOfSatisfying(InvalidDirectoryEntryException.class, e -> assertThat(e.field()).isEqualTo("username"));
        }
    }

    @Test
    void onlyAuditorAndAuthorizerDecideOnMoney() {
        assertThat(Set.of(Role.values())).filteredOn(Role::decidesOnMoney).containsExactlyInAnyOrder(Role.AUDITOR, Role.AUTHORIZER);
    }

    @Test
    void aPasswordTooShortOrContainingTheUsernameIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> PasswordPolicy.check("short-pw".toCharArray(), "li.wei"))
                .isInstanceOfSatisfying(InvalidDirectoryEntryException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).doesNotContain("short-pw");
                });
        assertThatThrownBy(() -> PasswordPolicy.check("my-name-is-LI.WEI-ok".toCharArray(), "li.wei"))
                .isInstanceOf(InvalidDirectoryEntryException.class);
    }
}
