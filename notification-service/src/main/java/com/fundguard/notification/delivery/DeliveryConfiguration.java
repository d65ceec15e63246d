package com.fundguard.notification.delivery;

import com.fundguard.notification.delivery.adapter.in.schedule.DeliverySchedule;
import com.fundguard.notification.delivery.adapter.out.email.EmailSender;
import com.fundguard.notification.delivery.adapter.out.inbox.InboxSender;
import com.fundguard.notification.delivery.adapter.sse.LiveStreams;
import com.fundguard.notification.delivery.adapter.out.persistence.JdbcDeliveries;
import com.fundguard.notification.delivery.adapter.out.persistence.JdbcPreferencesStore;
import com.fundguard.notification.delivery.application.ChannelSender;
import com.fundguard.notification.delivery.application.Deliveries;
import com.fundguard.notification.delivery.application.DeliveryDispatcher;
import com.fundguard.notification.delivery.application.DeliveryScheduling;
import com.fundguard.notification.delivery.application.PersonalPreferences;
import com.fundguard.notification.delivery.application.PreferencesStore;
import com.fundguard.notification.delivery.domain.RetryBackoff;
import com.fundguard.notification.inbox.application.UserInbox;
import com.fundguard.notification.notice.application.NoticeChannel;
import com.fundguard.notification.delivery.domain.Channel;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires deliveries: notices become pending deliveries by preferences; the dispatcher sends them per channel. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DeliverySettings.class)
class DeliveryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

    @Bean
    Deliveries deliveries(JdbcClient jdbc) {
        return new JdbcDeliveries(jdbc);
    }

    @Bean
    PreferencesStore preferencesStore(JdbcClient jdbc) {
        return new JdbcPreferencesStore(jdbc);
    }

    @Bean
    PersonalPreferences personalPreferences(PreferencesStore store, List<ChannelSender> senders) {
        return new PersonalPreferences(store, available(senders));
    }

    /** The notices' channel: one delivery per chosen channel that has a sender here, written in the event's transaction. */
    @Bean
    NoticeChannel deliveryScheduling(Deliveries deliveries, PreferencesStore preferences, Clock clock,
                                     List<ChannelSender> senders, DeliverySchedule dispatch) {
        Set<Channel> available = available(senders);
        if (!available.contains(Channel.SMS)) {
            log.warn("SMS channel unavailable: no SMS sender configured (fundguard.notification.sms.sender); "
                    + "SMS cannot be chosen and notices go to the other channels");
        }
        return new DeliveryScheduling(deliveries, preferences, clock, available, dispatch);
    }

    private static Set<Channel> available(List<ChannelSender> senders) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        senders.forEach(sender -> channels.add(sender.channel()));
        return channels;
    }

    @Bean
    InboxSender inboxSender(UserInbox inbox) {
        return new InboxSender(inbox);
    }

    @Bean
    EmailSender emailSender(JavaMailSender mail, @Value("${fundguard.notification.mail-from}") String from) {
        return new EmailSender(mail, from);
    }

    @Bean
    LiveStreams liveStreams(Deliveries deliveries, TransactionTemplate transactions, DeliverySettings settings) {
        return new LiveStreams(deliveries, transactions, settings.streamTimeout(), settings.streamHeartbeat());
    }

    @Bean
    DeliveryDispatcher deliveryDispatcher(Deliveries deliveries, List<ChannelSender> senders, DeliverySettings settings,
                                          TransactionTemplate transactions, Clock clock) {
        return new DeliveryDispatcher(deliveries, senders, new RetryBackoff(settings.firstRetry(), settings.maxRetry()),
                transactions, clock, settings.batch());
    }

    @Bean
    DeliverySchedule deliverySchedule(DeliveryDispatcher dispatcher, DeliverySettings settings) {
        return new DeliverySchedule(dispatcher, settings.batch());
    }
}
