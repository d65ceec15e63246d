package com.fundguard.reconciliation.recall.application;

import com.fundguard.reconciliation.recall.domain.RecallEvent;
import java.util.List;

/** Publishes what recalls cause, in the caller's transaction (the outbox). */
public interface RecallEvents {

    void publish(List<? extends RecallEvent> events);
}
