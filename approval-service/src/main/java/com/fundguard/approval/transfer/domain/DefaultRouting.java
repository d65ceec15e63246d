package com.fundguard.approval.transfer.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The patent's routing (CN106204258A steps 103-113), the built-in rule set until an enterprise publishes its own:
 * the payer account's level picks the template (TWO_LEVEL: authorizer only; THREE_LEVEL: auditor, then
 * authorizer), and on a three-level account an amount within the no-authorization limit is authorized by the audit.
 *
 * @param noAuthorizationLimit amounts up to this (in the transfer's currency) need no authorizer after audit
 */
public record DefaultRouting(BigDecimal noAuthorizationLimit) {

    public static final String NAME = "builtin-default@1";

    public DefaultRouting {
        Objects.requireNonNull(noAuthorizationLimit);
        if (noAuthorizationLimit.signum() < 0) {
            throw new IllegalArgumentException("the no-authorization limit is not negative");
        }
    }

    /** The facts the route depends on. */
    public record Facts(PayeeType payeeType, Money amount, AccountLevel payerAccountLevel) {
    }

    public Route routeFor(Facts facts) {
        List<RouteStep> steps = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        if (facts.payerAccountLevel() == AccountLevel.THREE_LEVEL) {
            steps.add(RouteStep.audit());
            if (facts.amount().amount().compareTo(noAuthorizationLimit) > 0) {
                steps.add(RouteStep.authorization());
            }
        } else {
            steps.add(RouteStep.authorization());
        }
        if (facts.payeeType() == PayeeType.PERSONAL) {
            flags.add("PAYEE_IS_A_PERSON");
        }
        return new Route(NAME, steps, flags);
    }
}
