package com.fundguard.gateway.access;

import static com.fundguard.gateway.access.Role.APPLICANT;
import static com.fundguard.gateway.access.Role.AUDITOR;
import static com.fundguard.gateway.access.Role.AUTHORIZER;
import static com.fundguard.gateway.access.Role.ENTERPRISE_ADMIN;
import static com.fundguard.gateway.access.Role.OPERATOR;
import static com.fundguard.gateway.access.Role.PLATFORM_OPS;
import static com.fundguard.gateway.access.Service.APPROVAL;
import static com.fundguard.gateway.access.Service.BANK_CONNECTOR;
import static com.fundguard.gateway.access.Service.GATEWAY;
import static com.fundguard.gateway.access.Service.IDENTITY;
import static com.fundguard.gateway.access.Service.NOTIFICATION;
import static com.fundguard.gateway.access.Service.RECONCILIATION;
import static com.fundguard.gateway.access.Service.RULES;
import static com.fundguard.gateway.access.Service.VOUCHER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;

/**
 * Who may call what, in one place: every path the gateway forwards and every role that may use it. What the table
 * does not name is refused (404 for an unknown path, 405 for a known path with another method); the routes to the
 * services are built from the same lines, so a path cannot be routed without a rule.
 *
 * <p>Roles follow DESIGN.md section 1: applicants submit and follow, auditors review and set applicant limits,
 * authorizers approve and own the rules, enterprise admins own users, roles, agents and payer accounts, platform ops
 * only onboard enterprises and run the gateway; auditors and authorizers reconcile (statements, error cases, the
 * daily close, reports), and only authorizers recall a transfer. A path with {@code {enterpriseId}} is for the
 * token's own enterprise only; a path with {@code {userId}} for that user only. The services check again (current
 * roles for money-moving acts), so this table is the outer wall, not the only one.
 */
public final class AccessTable {

    private static final String E = "/api/enterprises/{enterpriseId}";
    private static final Set<HttpMethod> READ = Set.of(GET);
    private static final Set<HttpMethod> READ_WRITE = Set.of(GET, POST);
    private static final Set<HttpMethod> ANY = Set.of(GET, POST, PUT, PATCH, DELETE);

    /** Scopes of clients acting for themselves (identity-service's onboarding client, services reading the directory). */
    private static final String ONBOARD = "platform.onboard";
    private static final String DIRECTORY_READ = "directory.read";

    /** Everyone with a person's role; OPERATOR is an agent's role and stays out. */
    private static final Role[] PEOPLE = {APPLICANT, AUDITOR, AUTHORIZER, ENTERPRISE_ADMIN};
    private static final Role[] APPROVERS = {AUDITOR, AUTHORIZER};
    private static final Role[] FOLLOWERS = {APPLICANT, AUDITOR, AUTHORIZER};
    /** Reconciliation's people: auditors (the accounting supervisors) and authorizers. */
    private static final Role[] ACCOUNTING = {AUDITOR, AUTHORIZER};

    public static final List<AccessRule> LINES = List.of(
            // identity-service: sign-in, OIDC and the platform CA's public material, open to anyone
            open(READ_WRITE, "/oauth2/**", IDENTITY),
            open(READ, "/.well-known/**", IDENTITY),
            open(READ_WRITE, "/login", IDENTITY),
            open(READ_WRITE, "/logout", IDENTITY),
            open(READ_WRITE, "/webauthn/**", IDENTITY),
            open(Set.of(POST), "/login/webauthn", IDENTITY),
            open(READ_WRITE, "/userinfo", IDENTITY),
            open(READ_WRITE, "/connect/**", IDENTITY),
            open(READ, "/api/platform-ca/**", IDENTITY),
            // an agent enrols (one-time code) and renews (signed by its current key) before it has any token
            open(Set.of(POST), "/api/agent-enrolments", IDENTITY),
            open(Set.of(POST), "/api/agent-certificates/renewal", IDENTITY),

            // identity-service: a person's own second factors, enterprises, users, roles, agents, confirmations
            rule(ANY, "/api/identity/me/**", IDENTITY, PEOPLE),
            anyEnterprise(Set.of(PUT), E, IDENTITY, PLATFORM_OPS).orClientScope(ONBOARD),
            rule(READ, E, IDENTITY, PEOPLE),
            rule(READ, E + "/users", IDENTITY, PEOPLE).orClientScope(DIRECTORY_READ).orClientScope(ONBOARD),
            rule(Set.of(PUT), E + "/users/{username}", IDENTITY, ENTERPRISE_ADMIN).orClientScope(ONBOARD),
            rule(Set.of(DELETE), E + "/users/{userId}/roles/{role}", IDENTITY, ENTERPRISE_ADMIN),
            rule(READ_WRITE, E + "/role-grants", IDENTITY, ENTERPRISE_ADMIN, AUTHORIZER),
            rule(Set.of(POST), E + "/role-grants/{grantId}/confirm", IDENTITY, ENTERPRISE_ADMIN, AUTHORIZER),
            rule(Set.of(POST), E + "/role-grants/{grantId}/refuse", IDENTITY, ENTERPRISE_ADMIN, AUTHORIZER),
            rule(Set.of(GET, POST, DELETE), E + "/agent-enrolments/**", IDENTITY, ENTERPRISE_ADMIN),
            rule(Set.of(POST), E + "/agent-certificates/{serial}/revocation", IDENTITY, ENTERPRISE_ADMIN),
            rule(READ_WRITE, E + "/confirmations/**", IDENTITY, APPROVERS),

            // approval-service: transfers from submission on, applicant limits, statistics, confirmation policy
            rule(Set.of(POST), E + "/transfers", APPROVAL, APPLICANT),
            rule(READ, E + "/transfers", APPROVAL, FOLLOWERS),
            rule(READ, E + "/transfers/{transferId}", APPROVAL, FOLLOWERS),
            rule(Set.of(POST), E + "/transfers/{transferId}/approve", APPROVAL, APPROVERS),
            rule(Set.of(POST), E + "/transfers/{transferId}/reject", APPROVAL, APPROVERS),
            rule(Set.of(POST), E + "/transfers/{transferId}/cancel", APPROVAL, APPLICANT),
            rule(Set.of(PUT), E + "/applicant-limits/{applicantId}", APPROVAL, AUDITOR),
            rule(READ, E + "/applicant-limits/{applicantId}", APPROVAL, FOLLOWERS),
            rule(READ, E + "/transfer-statistics", APPROVAL, AUTHORIZER),
            rule(READ, E + "/confirmation-policy", APPROVAL, APPROVERS),
            rule(Set.of(PUT), E + "/confirmation-policy", APPROVAL, AUTHORIZER),

            // rules-service: the authorizer owns the rules, the auditor reads and tries them
            rule(READ, E + "/rule-sets", RULES, APPROVERS),
            rule(Set.of(POST), E + "/rule-sets", RULES, AUTHORIZER),
            rule(READ, E + "/rule-sets/published", RULES, APPROVERS),
            rule(Set.of(POST), E + "/rule-sets/published/evaluate", RULES, APPROVERS),
            rule(Set.of(POST), E + "/rule-sets/{ruleSetId}/publish", RULES, AUTHORIZER),
            rule(Set.of(POST), E + "/rule-sets/{ruleSetId}/evaluate", RULES, AUTHORIZER),
            rule(Set.of(POST), E + "/rule-sets/{ruleSetId}/simulate", RULES, AUTHORIZER),
            rule(READ, "/api/rules/**", RULES, PEOPLE),

            // bank-connector-service: payer accounts (admin), and the execution API for enrolled agents only
            rule(Set.of(PUT), E + "/payer-accounts/{accountNumber}", BANK_CONNECTOR, ENTERPRISE_ADMIN),
            rule(READ, E + "/payer-accounts", BANK_CONNECTOR, ENTERPRISE_ADMIN, APPLICANT, AUDITOR, AUTHORIZER),
            // an authorizer sets a payer account's bank credentials (the owner's app); nobody reads them back
            rule(Set.of(PUT), E + "/payer-accounts/{accountNumber}/credentials", BANK_CONNECTOR, AUTHORIZER),
            rule(READ, E + "/payer-accounts/{accountNumber}/credentials", BANK_CONNECTOR, AUTHORIZER),
            rule(READ, E + "/executions/{transferId}", BANK_CONNECTOR, FOLLOWERS),
            rule(READ, E + "/execution-audit/verification", BANK_CONNECTOR, AUTHORIZER),
            agents(ANY, "/api/agent/**", BANK_CONNECTOR),

            // voucher-capture-service
            rule(Set.of(POST), E + "/vouchers", VOUCHER, APPLICANT),
            rule(READ, E + "/vouchers", VOUCHER, FOLLOWERS),
            rule(READ, E + "/vouchers/{voucherId}", VOUCHER, FOLLOWERS),
            rule(Set.of(DELETE), E + "/vouchers/{voucherId}", VOUCHER, APPLICANT, ENTERPRISE_ADMIN),
            rule(READ, E + "/vouchers/{voucherId}/content", VOUCHER, FOLLOWERS),
            rule(READ, E + "/vouchers/{voucherId}/thumbnail", VOUCHER, FOLLOWERS),
            // capture clients check images before uploading against the enterprise's profiles; admins set them
            rule(READ, E + "/capture-profiles", VOUCHER, PEOPLE),
            rule(Set.of(PUT), E + "/capture-profiles/{device}", VOUCHER, ENTERPRISE_ADMIN),
            rule(READ, E + "/voucher-retention", VOUCHER, ENTERPRISE_ADMIN, AUDITOR, AUTHORIZER),
            rule(Set.of(PUT), E + "/voucher-retention", VOUCHER, ENTERPRISE_ADMIN),

            // notification-service: one's own inbox only
            ownerOfPath(READ, E + "/users/{userId}/inbox", NOTIFICATION),
            ownerOfPath(Set.of(POST), E + "/users/{userId}/inbox/{messageId}/read", NOTIFICATION),
            ownerOfPath(READ, E + "/users/{userId}/inbox/stream", NOTIFICATION),
            ownerOfPath(Set.of(GET, PUT), E + "/users/{userId}/notification-preferences", NOTIFICATION),
            // the enterprise's reminder and escalation policy (business calendar): its admins only
            rule(Set.of(GET, PUT), E + "/notification-settings/reminders", NOTIFICATION, ENTERPRISE_ADMIN),
            // notification-service: the enterprise's webhooks to its ERP, managed by its admins (dead letters before {webhookId})
            rule(READ_WRITE, E + "/webhooks", NOTIFICATION, ENTERPRISE_ADMIN),
            rule(READ, E + "/webhooks/dead-letters", NOTIFICATION, ENTERPRISE_ADMIN),
            rule(Set.of(POST), E + "/webhooks/dead-letters/{deliveryId}/replay", NOTIFICATION, ENTERPRISE_ADMIN),
            rule(Set.of(DELETE), E + "/webhooks/{webhookId}", NOTIFICATION, ENTERPRISE_ADMIN),
            rule(Set.of(POST), E + "/webhooks/{webhookId}/secret", NOTIFICATION, ENTERPRISE_ADMIN),

            // reconciliation-service: the accounting side imports statements and keeps their CSV mappings, works error
            // cases (approving a proposal is never the proposer's: the service checks that), closes days and reads the
            // reports; asking the bank for a transfer's money back (recall) is the authorizer's alone
            rule(READ_WRITE, E + "/statements", RECONCILIATION, ACCOUNTING),
            rule(READ, E + "/statements/{importId}", RECONCILIATION, ACCOUNTING),
            rule(READ, E + "/statement-mappings", RECONCILIATION, ACCOUNTING),
            rule(Set.of(GET, PUT), E + "/statement-mappings/{name}", RECONCILIATION, ACCOUNTING),
            rule(READ_WRITE, E + "/discrepancies", RECONCILIATION, ACCOUNTING),
            rule(READ, E + "/discrepancies/{caseId}", RECONCILIATION, ACCOUNTING),
            rule(READ, E + "/discrepancies/{caseId}/attachments/{attachmentId}", RECONCILIATION, ACCOUNTING),
            rule(Set.of(PUT), E + "/discrepancies/{caseId}/owner", RECONCILIATION, ACCOUNTING),
            rule(Set.of(POST), E + "/discrepancies/{caseId}/queries", RECONCILIATION, ACCOUNTING),
            rule(Set.of(POST), E + "/discrepancies/{caseId}/replies", RECONCILIATION, ACCOUNTING),
            rule(Set.of(POST), E + "/discrepancies/{caseId}/proposal", RECONCILIATION, ACCOUNTING),
            rule(Set.of(POST), E + "/discrepancies/{caseId}/approval", RECONCILIATION, ACCOUNTING),
            rule(Set.of(POST), E + "/discrepancies/{caseId}/refusal", RECONCILIATION, ACCOUNTING),
            rule(Set.of(GET, PUT), E + "/accounts/{account}/books", RECONCILIATION, ACCOUNTING),
            rule(READ, E + "/accounts/{account}/days/{date}", RECONCILIATION, ACCOUNTING),
            rule(Set.of(POST), E + "/accounts/{account}/days/{date}/close", RECONCILIATION, ACCOUNTING),
            rule(READ, E + "/accounts/{account}/days/{date}/report", RECONCILIATION, ACCOUNTING),
            rule(Set.of(POST), E + "/transfers/{transferId}/recall", RECONCILIATION, AUTHORIZER),
            rule(READ, E + "/transfers/{transferId}/recall", RECONCILIATION, ACCOUNTING),
            rule(READ, E + "/reports/open-cases", RECONCILIATION, ACCOUNTING),
            rule(READ, E + "/reports/match-rates", RECONCILIATION, ACCOUNTING),

            // the gateway itself: health for load balancers, the rest for platform ops
            open(READ, "/actuator/health/**", GATEWAY),
            anyEnterprise(READ, "/actuator/{endpoint}", GATEWAY, PLATFORM_OPS),
            anyEnterprise(READ, "/v3/api-docs/**", GATEWAY, PLATFORM_OPS));

    /** What the table says about one request. */
    public sealed interface Lookup {
        record Found(AccessRule rule, Map<String, String> variables) implements Lookup {
        }

        /** The path is known, the method is not allowed on it. */
        record WrongMethod(Set<HttpMethod> allowed) implements Lookup {
        }

        record NoRoute() implements Lookup {
        }
    }

    private AccessTable() {
    }

    /** The first line whose template and method fit; the order of lines decides between overlapping templates. */
    public static Lookup lookup(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        Set<HttpMethod> allowedOnPath = new java.util.TreeSet<>(java.util.Comparator.comparing(HttpMethod::name));
        for (AccessRule rule : LINES) {
            Optional<Map<String, String>> variables = rule.match(container);
            if (variables.isPresent()) {
                if (rule.allows(method)) {
                    return new Lookup.Found(rule, variables.get());
                }
                allowedOnPath.addAll(rule.methods());
            }
        }
        return allowedOnPath.isEmpty() ? new Lookup.NoRoute() : new Lookup.WrongMethod(allowedOnPath);
    }

    private static AccessRule open(Set<HttpMethod> methods, String template, Service service) {
        return AccessRule.of(methods, template, service, new Audience.Anyone());
    }

    private static AccessRule rule(Set<HttpMethod> methods, String template, Service service, Role... roles) {
        return AccessRule.of(methods, template, service, new Audience.People(Set.of(roles)));
    }

    private static AccessRule anyEnterprise(Set<HttpMethod> methods, String template, Service service, Role... roles) {
        return AccessRule.of(methods, template, service, new Audience.AnyEnterprise(Set.of(roles)));
    }

    private static AccessRule ownerOfPath(Set<HttpMethod> methods, String template, Service service) {
        return AccessRule.of(methods, template, service, new Audience.OwnerOfPath());
    }

    private static AccessRule agents(Set<HttpMethod> methods, String template, Service service) {
        return AccessRule.of(methods, template, service, new Audience.Agent());
    }
}
