package com.fundguard.notification.notice;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fundguard.notification.*}.
 *
 * @param identityUrl       identity-service, asked who holds a role (with this service's token, {@code fundguard.service-client.*})
 * @param defaultLocale     the language of people whose directory entry and enterprise name none
 * @param enterpriseLocales an enterprise's own default language, by enterprise id
 * @param zone              the clock texts show times on (an error case's deadline); Asia/Shanghai, as the reminders' default
 */
@ConfigurationProperties("fundguard.notification")
record NoticeSettings(@DefaultValue("http://localhost:8081") String identityUrl,
                      @DefaultValue("zh-CN") Locale defaultLocale,
                      @DefaultValue Map<UUID, Locale> enterpriseLocales,
                      @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
