package com.fundguard.notification.delivery.application;

import com.fundguard.notification.delivery.domain.Preferences;
import java.util.Optional;
import java.util.UUID;

/** Each person's preferences, per enterprise. */
public interface PreferencesStore {

    Optional<Preferences> find(UUID enterpriseId, UUID userId);

    void save(UUID enterpriseId, UUID userId, Preferences preferences);
}
