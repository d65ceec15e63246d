package com.fundguard.local.seed;

import java.util.List;
import java.util.UUID;

/** The seeded demo tenant: one user per role and one payer account at the sandbox bank. */
public final class DemoEnterprise {

    public static final UUID ID = UUID.fromString("5e0d3f2a-6b1c-4d7e-9a8b-000000000001");
    public static final String NAME = "Hangzhou Tea Trading Co., Ltd.";
    public static final String PAYER_ACCOUNT = "CN6222000011110001";
    public static final String SANDBOX_BANK = "FGSANDBOX";
    public static final String CURRENCY = "CNY";
    public static final String OPENING_BALANCE = "1000000.00";

    public record DemoUser(String username, String displayName, String role) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("chen.cashier", "Chen Jing (cashier)", "APPLICANT"),
            new DemoUser("wang.supervisor", "Wang Lei (accounting supervisor)", "AUDITOR"),
            new DemoUser("liu.owner", "Liu Yang (owner)", "AUTHORIZER"),
            new DemoUser("zhao.operator", "Zhao Min (operator terminal)", "OPERATOR"),
            new DemoUser("sun.admin", "Sun Hui (administrator)", "ENTERPRISE_ADMIN"),
            new DemoUser("ops.platform", "Platform operations", "PLATFORM_OPS"));

    private DemoEnterprise() {
    }

    public static List<String> usernames() {
        return USERS.stream().map(DemoUser::username).toList();
    }
}
