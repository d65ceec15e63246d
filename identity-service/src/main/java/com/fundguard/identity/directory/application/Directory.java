package com.fundguard.identity.directory.application;

import com.fundguard.identity.directory.domain.Enterprise;
import com.fundguard.identity.directory.domain.PasswordPolicy;
import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.directory.domain.User;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers enterprises and their people. Registration is idempotent (the local stack seeds with it): the same
 * registration again changes nothing; a different one under the same id or username is a conflict, because
 * changing roles is a decision that the identity issue puts under dual control, not an overwrite.
 */
public class Directory {

    private final Enterprises enterprises;
    private final Users users;
    private final PasswordHasher passwords;
    private final DirectoryEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Directory(Enterprises enterprises, Users users, PasswordHasher passwords, DirectoryEvents events,
                     TransactionTemplate transactions, Clock clock) {
        this.enterprises = enterprises;
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Registration<Enterprise> registerEnterprise(UUID enterpriseId, String name) {
        return transactions.execute(status -> {
            var existing = enterprises.find(enterpriseId);
            if (existing.isPresent()) {
                if (!existing.get().sameRegistrationAs(name)) {
                    throw new DirectoryConflictException("enterprise " + enterpriseId + " is registered under another name");
                }
                return new Registration<>(existing.get(), false);
            }
            Enterprise enterprise = new Enterprise(enterpriseId, name, clock.instant().truncatedTo(ChronoUnit.MICROS));
            enterprises.add(enterprise);
            events.enterpriseRegistered(enterprise);
            return new Registration<>(enterprise, true);
        });
    }

    public Registration<User> registerUser(UUID enterpriseId, String username, String displayName, Set<Role> roles,
                                           char[] password) {
        try {
            return transactions.execute(status -> {
                enterprises.find(enterpriseId).orElseThrow(() -> new UnknownEnterpriseException(enterpriseId));
                User candidate = new User(UUID.randomUUID(), enterpriseId, username, displayName, roles,
                        clock.instant().truncatedTo(ChronoUnit.MICROS));
                var existing = users.find(enterpriseId, username);
                if (existing.isPresent()) {
                    User user = existing.get();
                    if (!user.displayName().equals(candidate.displayName()) || !user.roles().equals(candidate.roles())) {
                        throw new DirectoryConflictException("user " + username + " exists with other details");
                    }
                    return new Registration<>(user, false);
                }
                PasswordPolicy.check(password, username);
                users.add(candidate, passwords.hash(password));
                events.userRegistered(candidate);
                return new Registration<>(candidate, true);
            });
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    public java.util.Optional<Enterprise> enterprise(UUID enterpriseId) {
        return enterprises.find(enterpriseId);
    }

    public List<User> users(UUID enterpriseId) {
        enterprises.find(enterpriseId).orElseThrow(() -> new UnknownEnterpriseException(enterpriseId));
        return users.all(enterpriseId);
    }

    /** The SMS numbers the enterprise's people registered, by person (for service callers only, see the controller). */
    public java.util.Map<UUID, String> phoneNumbers(UUID enterpriseId) {
        enterprises.find(enterpriseId).orElseThrow(() -> new UnknownEnterpriseException(enterpriseId));
        return users.phoneNumbers(enterpriseId);
    }

    /** What a registration did: created it now, or found it as asked. */
    public record Registration<T>(T entry, boolean created) {
    }
}
