package com.fundguard.notification.delivery.domain;

import java.time.Instant;
import com.fundguard.notification.notice.domain.NoticeKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one person wants to be told: channels per topic, and per kind of notice where they chose otherwise (a kind's
 * choice wins over its topic's), quiet hours, e-mail address. The inbox is always on (it is the record of what a person
 * was told); e-mail needs an address (the directory keeps none). SMS goes to the number the person registered at
 * identity-service for SMS codes (asked when sent, never copied here); it costs money per message, so nobody gets it
 * without choosing it. Quiet hours hold SMS like every push, except money at risk.
 */
public record Preferences(Map<NoticeTopic, Set<Channel>> channels, Map<NoticeKind, Set<Channel>> perKind,
                          Optional<QuietHours> quietHours, Optional<String> email) {

    public Preferences {
        Map<NoticeTopic, Set<Channel>> all = new EnumMap<>(NoticeTopic.class);
        for (NoticeTopic topic : NoticeTopic.values()) {
            all.put(topic, withInbox(channels.getOrDefault(topic, Set.of())));
        }
        channels = Map.copyOf(all);
        Map<NoticeKind, Set<Channel>> kinds = new EnumMap<>(NoticeKind.class);
        perKind.forEach((kind, chosen) -> kinds.put(kind, withInbox(chosen)));
        perKind = Map.copyOf(kinds);
    }

    /** Channels per topic only, every kind of notice following its topic. */
    public Preferences(Map<NoticeTopic, Set<Channel>> channels, Optional<QuietHours> quietHours, Optional<String> email) {
        this(channels, Map.of(), quietHours, email);
    }

    private static Set<Channel> withInbox(Set<Channel> chosen) {
        Set<Channel> all = EnumSet.of(Channel.INBOX);
        all.addAll(chosen);
        return Set.copyOf(all);
    }

    /**
     * Inbox and SSE; e-mail too for approvals waiting, money at risk and error cases to work, once the person gives an
     * address; a resolved error case only in the inbox (a record, nothing to do).
     */
    public static Preferences defaults() {
        return new Preferences(Map.of(
                NoticeTopic.APPROVAL_PENDING, EnumSet.of(Channel.INBOX, Channel.SSE, Channel.EMAIL),
                NoticeTopic.MONEY_AT_RISK, EnumSet.of(Channel.INBOX, Channel.SSE, Channel.EMAIL),
                NoticeTopic.TRANSFER_PROGRESS, EnumSet.of(Channel.INBOX, Channel.SSE),
                NoticeTopic.ERROR_CASE, EnumSet.of(Channel.INBOX, Channel.SSE, Channel.EMAIL),
                NoticeTopic.ERROR_CASE_RESOLVED, EnumSet.of(Channel.INBOX)), Optional.empty(), Optional.empty());
    }

    /**
     * These preferences with the defaults' channels for the topics they have none for at all, not even the inbox:
     * topics added after the person chose (kept preferences always name the inbox for every topic they knew).
     */
    public Preferences withDefaultsFor(Set<NoticeTopic> unchosen) {
        Map<NoticeTopic, Set<Channel>> all = new EnumMap<>(channels);
        unchosen.forEach(topic -> all.put(topic, defaults().channels.get(topic)));
        return new Preferences(all, perKind, quietHours, email);
    }

    /** The channels a notice of this topic goes to; e-mail only where an address is known. */
    public Set<Channel> channelsFor(NoticeTopic topic) {
        return reachable(channels.get(topic));
    }

    /** The channels a notice of this kind and topic goes to: the kind's own choice if made, else its topic's. */
    public Set<Channel> channelsFor(NoticeKind kind, NoticeTopic topic) {
        return reachable(perKind.getOrDefault(kind, channels.get(topic)));
    }

    /** Every channel chosen anywhere in these preferences. */
    public Set<Channel> allChosen() {
        Set<Channel> all = EnumSet.of(Channel.INBOX);
        channels.values().forEach(all::addAll);
        perKind.values().forEach(all::addAll);
        return all;
    }

    private Set<Channel> reachable(Set<Channel> channelsChosen) {
        Set<Channel> chosen = EnumSet.copyOf(channelsChosen);
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
