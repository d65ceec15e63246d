package com.fundguard.notification.delivery.application;

import com.fundguard.notification.delivery.domain.Preferences;
import java.util.UUID;

/** A person reads and sets their own preferences; without any set, the defaults apply. */
public class PersonalPreferences {

    private final PreferencesStore store;

    public PersonalPreferences(PreferencesStore store) {
        this.store = store;
    }

    public Preferences of(UUID enterpriseId, UUID userId) {
        return store.find(enterpriseId, userId).orElseGet(Preferences::defaults);
    }

    public Preferences choose(UUID enterpriseId, UUID userId, Preferences preferences) {
        store.save(enterpriseId, userId, preferences);
        return preferences;
    }
}
