package com.fundguard.notification.delivery.application;

import java.util.Optional;
import java.util.UUID;

/**
 * The number a person of one enterprise registered for SMS (identity-service keeps it for SMS codes; this service keeps
 * no copy). Asked with the delivery's enterprise: a person is looked up among that enterprise's people only, so another
 * enterprise's number is never used. Empty when the person registered none; an error when the directory cannot answer.
 */
public interface PhoneNumbers {

    Optional<String> of(UUID enterpriseId, UUID personId);
}
