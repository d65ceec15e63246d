package com.fundguard.rules.ruleset.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.rules.ruleset.application.RuleSetEvents;
import com.fundguard.rules.ruleset.domain.RuleSetPublished;

public class OutboxRuleSetEvents implements RuleSetEvents {

    private final EventOutbox outbox;

    public OutboxRuleSetEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void published(RuleSetPublished e) {
        outbox.append(new OutgoingEvent("rules", RuleSetPublishedV1.TYPE, e.ruleSetId().toString(), e.enterpriseId(),
                new RuleSetPublishedV1(e.ruleSetId(), e.version(), e.publishedBy(), e.publishedAt())));
    }
}
