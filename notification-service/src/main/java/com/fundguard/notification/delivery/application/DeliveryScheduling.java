package com.fundguard.notification.delivery.application;

import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;
import com.fundguard.notification.delivery.domain.NoticeTopic;
import com.fundguard.notification.delivery.domain.Preferences;
import com.fundguard.notification.notice.application.NoticeChannel;
import com.fundguard.notification.notice.domain.Notice;
import com.fundguard.notification.notice.domain.NoticeText;
import com.fundguard.notification.notice.domain.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * A notice for a recipient becomes one pending delivery per channel the recipient's preferences choose, due at once
 * or after their quiet hours. Runs in the event's transaction: a redelivered event finds its deliveries there. A
 * channel this deployment has no sender for (SMS without an SMS sender) is left out: the other channels still tell.
 */
public class DeliveryScheduling implements NoticeChannel {

    private final Deliveries deliveries;
    private final PreferencesStore preferences;
    private final Clock clock;
    private final Set<Channel> available;
    private final DispatchRequests dispatch;

    public DeliveryScheduling(Deliveries deliveries, PreferencesStore preferences, Clock clock, Set<Channel> available,
                              DispatchRequests dispatch) {
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.clock = clock;
        this.available = Set.copyOf(available);
        this.dispatch = dispatch;
    }

    @Override
    public void tell(Notice notice, Recipient recipient, NoticeText text) {
        Preferences chosen = preferences.find(notice.enterpriseId(), recipient.userId()).orElseGet(Preferences::defaults);
        NoticeTopic topic = NoticeTopic.of(notice.kind(), recipient.relation());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (Channel channel : chosen.channelsFor(notice.kind(), topic)) {
            if (!available.contains(channel)) {
                continue;
            }
            Optional<String> address = channel == Channel.EMAIL ? chosen.email() : Optional.empty();
            String body = channel == Channel.SMS ? text.sms() : text.body();
            Instant due = chosen.dueAt(channel, topic, now);
            deliveries.schedule(Delivery.pending(notice.enterpriseId(), recipient.userId(), notice.causedBy(), channel,
                    notice.subjectId().toString(), text.title(), body, address, due));
            if (!due.isAfter(now)) {
                dispatch.afterCommit();
            }
        }
    }
}
