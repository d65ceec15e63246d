package com.fundguard.notification.delivery.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one person wants to be told: channels per topic, quiet hours, e-mail address. The inbox is always on (it is
 * the record of what a person was told); e-mail needs an address (the directory keeps none). SMS goes to the number
 * the person registered at identity-service for SMS codes (asked when sent, never copied here); it costs money per
 * message, so nobody gets it without choosing it. Quiet hours hold SMS like every push, except money at risk.
 */
public record Preferences(Map<NoticeTopic, Set<Channel>> channels, Optional<QuietHours> quietHours, Optional<String> email) {

    public Preferences {
        Map<NoticeTopic, Set<Channel>> all = new EnumMap<>(NoticeTopic.class);
        for (NoticeTopic topic : NoticeTopic.values()) {
            Set<Channel> chosen = EnumSet.of(Channel.INBOX);
            chosen.addAll(channels.getOrDefault(topic, Set.of()));
            all.put(topic, Set.copyOf(chosen));
        }
        channels = Map.copyOf(all);
    }

    /** Inbox and SSE always; e-mail for approvals waiting and money at risk, once the person gives an address. */
    public static Preferences defaults() {
        return new Preferences(Map.of(
                NoticeTopic.APPROVAL_PENDING, EnumSet.of(Channel.INBOX, Channel.SSE, Channel.EMAIL),
                NoticeTopic.MONEY_AT_RISK, EnumSet.of(Channel.INBOX, Channel.SSE, Channel.EMAIL),
                NoticeTopic.TRANSFER_PROGRESS, EnumSet.of(Channel.INBOX, Channel.SSE)), Optional.empty(), Optional.empty());
    }

    /** The channels a notice of this topic goes to; e-mail only where an address is known. */
    public Set<Channel> channelsFor(NoticeTopic topic) {
        Set<Channel> chosen = EnumSet.copyOf(channels.get(topic));
        if (email.isEmpty()) {
            chosen.remove(Channel.EMAIL);
        }
        return chosen;
    }

    /** When a message may go: the inbox and money at risk at once, pushes after the quiet hours. */
    public Instant dueAt(Channel channel, NoticeTopic topic, Instant now) {
        if (channel == Channel.INBOX || topic == NoticeTopic.MONEY_AT_RISK) {
            return now;
        }
        return quietHours.flatMap(quiet -> quiet.endOfQuietAt(now)).orElse(now);
    }
}
