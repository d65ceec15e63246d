package com.fundguard.events.trace;

import java.util.Optional;

/** The W3C {@code traceparent} of the work in progress, stored with an event so the consumer continues the trace. */
@FunctionalInterface
public interface TraceContextCapture {

    Optional<String> currentTraceparent();

    TraceContextCapture NONE = Optional::empty;
}
