package com.fundguard.notification.notice;

import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.events.inbox.EventHandlers;
import com.fundguard.notification.notice.adapter.in.kafka.ErrorCaseEventHandler;
import com.fundguard.notification.notice.adapter.in.kafka.NoticeEventHandler;
import com.fundguard.notification.notice.adapter.in.kafka.VoucherAndRuleEventHandler;
import com.fundguard.notification.notice.adapter.out.identity.IdentityServicePeopleDirectory;
import com.fundguard.notification.notice.adapter.out.persistence.JdbcNoticedErrorCases;
import com.fundguard.notification.notice.adapter.out.persistence.JdbcNoticedTransfers;
import com.fundguard.notification.notice.application.EnterpriseLocales;
import com.fundguard.notification.notice.application.ErrorCaseNotices;
import com.fundguard.notification.notice.application.NoticeChannel;
import com.fundguard.notification.notice.application.NoticedErrorCases;
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
    NoticedErrorCases noticedErrorCases(JdbcClient jdbc) {
        return new JdbcNoticedErrorCases(jdbc);
    }

    @Bean
    ErrorCaseNotices errorCaseNotices(NoticedErrorCases cases, NoticedTransfers transfers, PeopleDirectory directory,
                                      EnterpriseLocales locales, NoticeChannel channel) {
        return new ErrorCaseNotices(cases, transfers, directory, locales, channel);
    }

    @Bean
    VoucherAndRuleNotices voucherAndRuleNotices(NoticedTransfers transfers, PeopleDirectory directory,
                                                EnterpriseLocales locales, NoticeChannel channel) {
        return new VoucherAndRuleNotices(transfers, directory, locales, channel);
    }

    /**
     * One handler per consumed event type: it tells the people, then (transfer, execution, settlement and return events)
     * the subscribers (webhooks), in one inbox transaction per event. The error-case handler of
     * {@code discrepancy-opened.v1} also tells the kind that shares it (a bank debit without transfer).
     */
    @Bean
    EventHandlers noticeEventHandlers(EventEnvelopeCodec codec, TransferNotices notices,
                                      VoucherAndRuleNotices voucherAndRuleNotices, ErrorCaseNotices errorCaseNotices,
                                      NoticeSettings settings, ObjectProvider<TransferEventSubscriber> subscribers) {
        List<TransferEventSubscriber> all = subscribers.orderedStream().toList();
        return new EventHandlers(NoticeKind.consumed().stream()
                .filter(kind -> kind != NoticeKind.DISCREPANCY_BANK_DEBIT_WITHOUT_TRANSFER)
                .map(kind -> {
                    if (VoucherAndRuleEventHandler.KINDS.contains(kind)) {
                        return (EventHandler) new VoucherAndRuleEventHandler(kind, codec, voucherAndRuleNotices);
                    }
                    if (ErrorCaseEventHandler.KINDS.contains(kind)) {
                        return (EventHandler) new ErrorCaseEventHandler(kind, codec, errorCaseNotices, settings.zone());
                    }
                    return (EventHandler) new NoticeEventHandler(kind, codec, notices, all);
                })
                .toList());
    }
}
