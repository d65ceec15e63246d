package com.fundguard.notification.delivery.adapter.out.identity;

import com.fundguard.notification.delivery.application.PhoneNumbers;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.client.RestClient;

/**
 * Asks identity-service's directory, as this service (scope {@code directory.read}; only service callers get the
 * numbers), for the enterprise's people and takes the person's number from that list. The path names the enterprise:
 * a person of another enterprise is not in the list, so their number cannot come back. An error is thrown, never
 * read as "no number": the delivery is then tried again.
 */
public class IdentityServicePhoneNumbers implements PhoneNumbers {

    private final RestClient identity;

    public IdentityServicePhoneNumbers(RestClient identity) {
        this.identity = identity;
    }

    record UserView(UUID id, String phoneNumber) {
    }

    @Override
    public Optional<String> of(UUID enterpriseId, UUID personId) {
        UserView[] users = identity.get().uri("/api/enterprises/{e}/users", enterpriseId).retrieve().body(UserView[].class);
        return users == null ? Optional.empty() : Arrays.stream(users)
                .filter(user -> personId.equals(user.id()))
                .findFirst()
                .map(UserView::phoneNumber);
    }
}
