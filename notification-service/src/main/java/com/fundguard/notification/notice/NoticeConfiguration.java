package com.fundguard.notification.notice;

import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.events.inbox.EventHandlers;
import com.fundguard.notification.notice.adapter.in.kafka.NoticeEventHandler;
import com.fundguard.notification.notice.adapter.in.kafka.VoucherAndRuleEventHandler;
import com.fundguard.notification.notice.adapter.out.identity.IdentityServicePeopleDirectory;
import com.fundguard.notification.notice.adapter.out.persistence.JdbcNoticedTransfers;
import com.fundguard.notification.notice.application.EnterpriseLocales;
import com.fundguard.notification.notice.application.NoticeChannel;
import com.fundguard.notification.notice.application.NoticedTransfers;
import com.fundguard.notification.notice.application.PeopleDirectory;
import com.fundguard.notification.notice.application.TransferEventSubscriber;
import com.fundguard.notification.notice.application.TransferNotices;
import com.fundguard.notification.notice.application.VoucherAndRuleNotices;
import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.security.client.ServiceClients;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires notices: one event handler per kind, the use case, the kept transfers and the directory; the channel is delivery's. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticeSettings.class)
class NoticeConfiguration {

    @Bean
    NoticedTransfers noticedTransfers(JdbcClient jdbc) {
        return new JdbcNoticedTransfers(jdbc);
    }

    /** identity-service answers only callers with a token: notification-service asks as itself. */
    @Bean
    PeopleDirectory peopleDirectory(ServiceClients services, NoticeSettings settings) {
        return new IdentityServicePeopleDirectory(services.asThisService(settings.identityUrl()));
    }

    /** Also the reminders' language for people the directory gives none. */
    @Bean
    EnterpriseLocales enterpriseLocales(NoticeSettings settings) {
        return new EnterpriseLocales(settings.defaultLocale(), settings.enterpriseLocales());
    }

    @Bean
    TransferNotices transferNotices(NoticedTransfers transfers, PeopleDirectory directory, NoticeSettings settings,
                                    NoticeChannel channel) {
        return new TransferNotices(transfers, directory,
                new EnterpriseLocales(settings.defaultLocale(), settings.enterpriseLocales()), channel);
    }

    @Bean
    VoucherAndRuleNotices voucherAndRuleNotices(NoticedTransfers transfers, PeopleDirectory directory,
                                                EnterpriseLocales locales, NoticeChannel channel) {
        return new VoucherAndRuleNotices(transfers, directory, locales, channel);
    }

    /**
     * Each kind's handler tells the people, then (transfer and execution events) the subscribers (webhooks): one inbox
     * transaction per event.
     */
    @Bean
    EventHandlers noticeEventHandlers(EventEnvelopeCodec codec, TransferNotices notices,
                                      VoucherAndRuleNotices voucherAndRuleNotices,
                                      ObjectProvider<TransferEventSubscriber> subscribers) {
        List<TransferEventSubscriber> all = subscribers.orderedStream().toList();
        return new EventHandlers(NoticeKind.consumed().stream()
                .map(kind -> VoucherAndRuleEventHandler.KINDS.contains(kind)
                        ? (EventHandler) new VoucherAndRuleEventHandler(kind, codec, voucherAndRuleNotices)
                        : (EventHandler) new NoticeEventHandler(kind, codec, notices, all))
                .toList());
    }
}
