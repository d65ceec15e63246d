package com.fundguard.gateway.limits;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request limits ({@code fundguard.gateway.limits.*}).
 *
 * @param body               the largest request body on most paths
 * @param uploadBody         the largest on upload paths (voucher images, bank statements, an error case's documents);
 *                           also the most a forwarded body costs the gateway in memory, as the service client holds
 *                           a request body whole before sending it
 * @param uploadPaths        path patterns that take uploads
 * @param perIpPerMinute     requests one client address may send in a minute
 * @param perUserPerMinute   requests one signed-in subject may send in a minute
 * @param strictPerIpPerMinute   the same on the strict paths (sign-in, second factors, confirmations)
 * @param strictPerUserPerMinute the same on the strict paths
 * @param strictPaths        where guessing a password or a code is what an attacker would try
 * @param trackedClients     how many addresses and subjects are tracked at once (least recently seen go first)
 */
@ConfigurationProperties("fundguard.gateway.limits")
public record LimitProperties(
        @DefaultValue("1MB") DataSize body,
        @DefaultValue("20MB") DataSize uploadBody,
        @DefaultValue({"/api/enterprises/*/vouchers", "/api/enterprises/*/statements",
                "/api/enterprises/*/discrepancies/*/queries", "/api/enterprises/*/discrepancies/*/replies"}) List<String> uploadPaths,
        @DefaultValue("600") long perIpPerMinute,
        @DefaultValue("300") long perUserPerMinute,
        @DefaultValue("30") long strictPerIpPerMinute,
        @DefaultValue("10") long strictPerUserPerMinute,
        @DefaultValue({"/login", "/login/webauthn", "/oauth2/token", "/api/identity/me/**",
                "/api/enterprises/*/confirmations/**", "/api/agent-enrolments", "/api/agent-certificates/renewal"}) List<String> strictPaths,
        @DefaultValue("100000") long trackedClients) {
}
