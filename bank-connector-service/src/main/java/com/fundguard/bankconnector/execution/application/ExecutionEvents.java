package com.fundguard.bankconnector.execution.application;

import com.fundguard.bankconnector.execution.domain.Execution;
import com.fundguard.bankconnector.execution.domain.ExecutionEvent;

/** Publishes what executions cause (through the outbox, in the caller's transaction). */
public interface ExecutionEvents {

    void happened(Execution execution, ExecutionEvent event);
}
