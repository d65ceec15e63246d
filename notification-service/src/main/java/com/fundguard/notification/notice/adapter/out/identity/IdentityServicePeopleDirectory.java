package com.fundguard.notification.notice.adapter.out.identity;

import com.fundguard.notification.notice.application.PeopleDirectory;
import com.fundguard.notification.notice.domain.Person;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.client.RestClient;

/**
 * Asks identity-service, as this service (client-credentials token over the mesh), who in one enterprise holds a
 * role now. The path names the enterprise, so only its own people come back. The directory lists no language yet:
 * {@code locale} is read when it appears, else the enterprise's default applies. An error is thrown, never read as
 * "nobody": the event is then retried by the inbox.
 */
public class IdentityServicePeopleDirectory implements PeopleDirectory {

    private final RestClient identity;

    public IdentityServicePeopleDirectory(RestClient identity) {
        this.identity = identity;
    }

    record UserView(UUID id, Set<String> roles, String locale) {
    }

    @Override
    public List<Person> holdersOf(UUID enterpriseId, String role) {
        UserView[] users = identity.get().uri("/api/enterprises/{e}/users", enterpriseId).retrieve().body(UserView[].class);
        return users == null ? List.of() : Arrays.stream(users)
                .filter(user -> user.roles() != null && user.roles().contains(role))
                .map(user -> new Person(user.id(), Optional.ofNullable(user.locale()).map(Locale::forLanguageTag)))
                .toList();
    }
}
