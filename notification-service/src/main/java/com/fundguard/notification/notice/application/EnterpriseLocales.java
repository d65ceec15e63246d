package com.fundguard.notification.notice.application;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The language of an enterprise's people whose directory entry names none (identity-service keeps no locale yet):
 * the enterprise's own setting, else the platform's default (zh-CN).
 */
public record EnterpriseLocales(Locale platformDefault, Map<UUID, Locale> byEnterprise) {

    public EnterpriseLocales {
        byEnterprise = Map.copyOf(byEnterprise);
    }

    public Locale of(UUID enterpriseId) {
        return byEnterprise.getOrDefault(enterpriseId, platformDefault);
    }
}
