package com.fundguard.notification.delivery.application;

import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Preferences;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person reads and sets their own preferences; without any set, the defaults apply. A channel this deployment
 * cannot send on (SMS without an SMS sender) cannot be chosen: the person would wait for messages that never come.
 */
public class PersonalPreferences {

    private final PreferencesStore store;
    private final Set<Channel> available;

    public PersonalPreferences(PreferencesStore store, Set<Channel> available) {
        this.store = store;
        this.available = Set.copyOf(available);
    }

    public Preferences of(UUID enterpriseId, UUID userId) {
        return store.find(enterpriseId, userId).orElseGet(Preferences::defaults);
    }

    public Preferences choose(UUID enterpriseId, UUID userId, Preferences preferences) {
        Set<Channel> unavailable = EnumSet.copyOf(preferences.allChosen());
        unavailable.removeAll(available);
        if (!unavailable.isEmpty()) {
            throw new ChannelNotAvailableException(unavailable);
        }
        store.save(enterpriseId, userId, preferences);
        return preferences;
    }

    /** A chosen channel has no sender here. */
    public static class ChannelNotAvailableException extends RuntimeException {

        public ChannelNotAvailableException(Set<Channel> channels) {
            super("not available on this deployment (no sender configured): " + channels);
        }
    }
}
