package com.fundguard.notification;

import com.fundguard.notification.delivery.application.PhoneNumbers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the phone numbers identity-service's directory gives this service: tests register a number for a person
 * in one enterprise, and it is given only when asked with that enterprise (as the directory, whose path names the
 * enterprise). {@code IdentityServicePhoneNumbersTest} covers the real call over HTTP.
 */
@TestConfiguration
public class PhonesForTests {

    private static final Map<List<UUID>, String> NUMBERS = new ConcurrentHashMap<>();

    public static void registers(UUID enterpriseId, UUID personId, String phoneNumber) {
        NUMBERS.put(List.of(enterpriseId, personId), phoneNumber);
    }

    @Bean
    @Primary
    PhoneNumbers phoneNumbersTheTestRegisters() {
        return (enterpriseId, personId) -> Optional.ofNullable(NUMBERS.get(List.of(enterpriseId, personId)));
    }
}
