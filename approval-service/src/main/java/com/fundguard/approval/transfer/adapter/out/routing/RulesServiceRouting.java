package com.fundguard.approval.transfer.adapter.out.routing;

import com.fundguard.approval.transfer.application.Routing;
import com.fundguard.approval.transfer.application.RoutingOutcome;
import com.fundguard.approval.transfer.application.RoutingUnavailableException;
import com.fundguard.approval.transfer.application.SubmissionFacts;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.approval.transfer.domain.Route;
import com.fundguard.approval.transfer.domain.RouteStep;
import com.fundguard.approval.transfer.domain.TransferDetails;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Routes by the enterprise's published rule set in rules-service: sends the request's facts (the data dictionary),
 * gets the route, blocks and flags back, and records which rule set and version decided. An enterprise without
 * published rules is routed by the built-in patent routing. If rules-service cannot answer, the submission fails:
 * a request is never routed past rules nobody evaluated.
 */
public class RulesServiceRouting implements Routing {

    private final RestClient rules;
    private final BuiltInRouting builtIn;
    private final com.fundguard.approval.transfer.application.VoucherDirectory vouchers;
    private final ZoneId businessZone;

    public RulesServiceRouting(RestClient rules, BuiltInRouting builtIn,
                               com.fundguard.approval.transfer.application.VoucherDirectory vouchers, ZoneId businessZone) {
        this.rules = rules;
        this.builtIn = builtIn;
        this.vouchers = vouchers;
        this.businessZone = businessZone;
    }

    record StepView(String name, String role, int quorum) {
    }

    record DecisionView(UUID ruleSetId, int ruleSetVersion, List<StepView> steps, List<String> blocks, List<String> riskFlags,
                        List<String> requiredVoucherTypes) {
    }

    @Override
    public RoutingOutcome routeFor(UUID enterpriseId, TransferDetails details, SubmissionFacts facts, Instant submittedAt) {
        // The facts first: an unknown voucher is the request's fault, not rules-service's.
        Map<String, Object> factValues = facts(enterpriseId, details, facts, submittedAt);
        DecisionView decision;
        try {
            decision = rules.post().uri("/api/enterprises/{e}/rule-sets/published/evaluate", enterpriseId)
                    .body(Map.of("facts", factValues))
                    .retrieve().body(DecisionView.class);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return builtIn.routeFor(enterpriseId, details, facts, submittedAt);
            }
            throw new RoutingUnavailableException("rules-service refused the facts: " + e.getStatusCode());
        } catch (RuntimeException e) {
            throw new RoutingUnavailableException("rules-service did not answer: " + e.getClass().getSimpleName());
        }
        if (decision == null) {
            throw new RoutingUnavailableException("rules-service answered nothing");
        }
        List<RouteStep> steps = decision.steps().stream()
                .map(s -> new RouteStep(s.name(), ApproverRole.valueOf(s.role()), s.quorum())).toList();
        Route route = new Route("rules-service:" + decision.ruleSetId() + "@v" + decision.ruleSetVersion(), steps, decision.riskFlags());
        List<String> blocks = new java.util.ArrayList<>(decision.blocks());
        @SuppressWarnings("unchecked")
        List<String> attached = (List<String>) factValues.get("voucher_types");
        if (decision.requiredVoucherTypes() != null) {
            decision.requiredVoucherTypes().stream().filter(type -> !attached.contains(type))
                    .forEach(type -> blocks.add("a voucher of type " + type + " is required"));
        }
        return new RoutingOutcome(route, blocks);
    }

    Map<String, Object> facts(UUID enterpriseId, TransferDetails details, SubmissionFacts facts, Instant submittedAt) {
        int digits = details.amount().currency().getDefaultFractionDigits();
        ZonedDateTime local = submittedAt.atZone(businessZone);
        Map<String, Object> values = new HashMap<>();
        values.put("amount_minor", details.amount().amount().movePointRight(digits).longValueExact());
        values.put("currency", details.amount().currency().getCurrencyCode());
        values.put("payee_type", details.payee().type().name());
        values.put("payee_is_new", facts.payeeIsNew());
        values.put("payer_account", details.payerAccount());
        values.put("account_level", builtIn.accountLevel(details.payerAccount()).name());
        values.put("applicant_count_today", facts.applicantCountToday());
        values.put("applicant_amount_today_minor", facts.applicantAmountToday().movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        values.put("business_day", local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY);
        values.put("hour", (long) local.getHour());
        values.put("amount_vs_payee_average", facts.payeeAverage().signum() == 0 ? 0.0
                : details.amount().amount().divide(facts.payeeAverage(), 4, RoundingMode.HALF_EVEN).doubleValue());
        values.put("transfers_to_payee_last_24h", facts.transfersToPayeeLast24h());
        values.put("voucher_count", (long) details.voucherIds().size());
        List<com.fundguard.approval.transfer.application.VoucherDirectory.VoucherFacts> attached = details.voucherIds().isEmpty()
                ? List.of() : vouchers.factsOf(enterpriseId, details.voucherIds());
        values.put("voucher_types", attached.stream().map(com.fundguard.approval.transfer.application.VoucherDirectory.VoucherFacts::type).toList());
        values.put("voucher_reuse_suspected", attached.stream().anyMatch(com.fundguard.approval.transfer.application.VoucherDirectory.VoucherFacts::alreadyUsed));
        return values;
    }
}
