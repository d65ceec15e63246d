package com.fundguard.approval.transfer.adapter.out.routing;

import com.fundguard.approval.transfer.application.Routing;
import com.fundguard.approval.transfer.application.RoutingOutcome;
import com.fundguard.approval.transfer.application.SubmissionFacts;
import java.time.Instant;
import com.fundguard.approval.transfer.domain.AccountLevel;
import com.fundguard.approval.transfer.domain.DefaultRouting;
import com.fundguard.approval.transfer.domain.TransferDetails;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The patent's default routing with the enterprise's parameters, until rules-service evaluates the enterprise's
 * published rule set (CEL) in its place.
 */
public class BuiltInRouting implements Routing {

    /**
     * {@code fundguard.approval.routing.*}
     *
     * @param noAuthorizationLimit amounts up to this need no authorizer after audit (three-level accounts)
     * @param accountLevels        the level of each payer account; others have {@code defaultAccountLevel}
     */
    @ConfigurationProperties("fundguard.approval.routing")
    public record Settings(@DefaultValue("5000.00") BigDecimal noAuthorizationLimit,
                           @DefaultValue("THREE_LEVEL") AccountLevel defaultAccountLevel,
                           @DefaultValue Map<String, AccountLevel> accountLevels) {
    }

    private final Settings settings;
    private final DefaultRouting routing;

    public BuiltInRouting(Settings settings) {
        this.settings = settings;
        this.routing = new DefaultRouting(settings.noAuthorizationLimit());
    }

    @Override
    public RoutingOutcome routeFor(UUID enterpriseId, TransferDetails details, SubmissionFacts facts, Instant submittedAt) {
        return RoutingOutcome.routed(routing.routeFor(new DefaultRouting.Facts(details.payee().type(), details.amount(),
                accountLevel(details.payerAccount()))));
    }

    public AccountLevel accountLevel(String payerAccount) {
        return settings.accountLevels().getOrDefault(payerAccount, settings.defaultAccountLevel());
    }
}
