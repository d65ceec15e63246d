package com.fundguard.notification;

import com.fundguard.notification.notice.application.PeopleDirectory;
import com.fundguard.notification.notice.domain.Person;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for identity-service's directory "who in this enterprise holds this role": tests enrol people per
 * enterprise. {@code IdentityServicePeopleDirectoryTest} covers the real call over HTTP.
 */
@TestConfiguration
public class PeopleForTests {

    record Enrolment(UUID enterpriseId, UUID personId, Set<String> roles) {
    }

    static final List<Enrolment> PEOPLE = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static UUID person(UUID enterpriseId, String... roles) {
        UUID id = UUID.randomUUID();
        PEOPLE.add(new Enrolment(enterpriseId, id, Set.of(roles)));
        return id;
    }

    @Bean
    @Primary
    PeopleDirectory peopleTheTestEnrols() {
        return (enterpriseId, role) -> PEOPLE.stream()
                .filter(p -> p.enterpriseId().equals(enterpriseId) && p.roles().contains(role))
                .map(p -> new Person(p.personId(), Optional.empty()))
                .toList();
    }
}
