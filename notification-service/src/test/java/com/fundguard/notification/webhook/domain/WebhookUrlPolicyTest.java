package com.fundguard.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

    final WebhookUrlPolicy production = new WebhookUrlPolicy(false);
    final WebhookUrlPolicy localStack = new WebhookUrlPolicy(true);

    @Test
    void anHttpsUrlIsAllowed() {
        assertThat(production.check("https://erp.example.com/fundguard/events?tenant=7"))
                .isEqualTo(new WebhookUrlPolicy.Verdict.Allowed(URI.create("https://erp.example.com/fundguard/events?tenant=7")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8099/hook", "http://127.0.0.1:8099/hook", "http://127.8.9.10/hook", "http://[::1]:8099/hook"})
    void plainHttpToTheLoopbackOnlyWhereAllowed(String url) {
        assertThat(localStack.check(url)).isInstanceOf(WebhookUrlPolicy.Verdict.Allowed.class);
        assertThat(production.check(url)).isInstanceOf(WebhookUrlPolicy.Verdict.Refused.class);
        assertThat(production.check(url.replace("http:", "https:"))).as("not even over https")
                .isInstanceOf(WebhookUrlPolicy.Verdict.Refused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.1.2.3/hook", "https://172.16.0.9/hook", "https://192.168.1.20/hook",
            "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook", "https://0.0.0.0/hook",
            "https://[fd00::1]/hook", "https://[fe80::1]/hook", "https://224.0.0.1/hook"})
    void anAddressOfThePlatformsOwnNetworkIsRefusedEvenOverHttps(String url) {
        assertThat(localStack.check(url)).isEqualTo(new WebhookUrlPolicy.Verdict.Refused("must name a public address"));
    }

    @Test
    void aPublicAddressIsReachableOverHttps() throws Exception {
        assertThat(production.check("https://203.0.113.10/hook")).isInstanceOf(WebhookUrlPolicy.Verdict.Allowed.class);
        assertThat(production.reachable(java.net.InetAddress.getByName("203.0.113.10"))).isTrue();
        assertThat(production.reachable(java.net.InetAddress.getByName("127.0.0.1"))).isFalse();
        assertThat(localStack.reachable(java.net.InetAddress.getByName("127.0.0.1"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://erp.example.com/hook", "http://localhost.example.com/hook", "http://10.0.0.1/hook",
            "http://127.0.0.1.nip.io/hook", "http://0177.0.0.1/hook"})
    void plainHttpElsewhereIsRefusedEvenWhereLoopbackIsAllowed(String url) {
        assertThat(localStack.check(url)).isInstanceOf(WebhookUrlPolicy.Verdict.Refused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "erp.example.com/hook", "/hook", "ftp://erp.example.com/hook", "https:///hook",
            "https://user:password@erp.example.com/hook", "https://erp.example.com/hook#part", "https://erp example.com/",
            "mailto:ops@example.com", "javascript:alert(1)"})
    void whatIsNotAnAbsoluteHttpsUrlWithAHostAndNoCredentialsIsRefused(String url) {
        assertThat(production.check(url)).isInstanceOf(WebhookUrlPolicy.Verdict.Refused.class);
    }

    @Test
    void aRefusalSaysWhyWithoutRepeatingTheCredentials() {
        WebhookUrlPolicy.Verdict verdict = production.check("https://user:hunter2@erp.example.com/hook");

        assertThat(verdict).isInstanceOfSatisfying(WebhookUrlPolicy.Verdict.Refused.class,
                refused -> assertThat(refused.reason()).contains("credentials").doesNotContain("hunter2"));
    }

    @Test
    void anOverlongUrlIsRefused() {
        assertThat(production.check("https://erp.example.com/" + "a".repeat(WebhookUrlPolicy.MAX_LENGTH)))
                .isInstanceOf(WebhookUrlPolicy.Verdict.Refused.class);
    }
}
