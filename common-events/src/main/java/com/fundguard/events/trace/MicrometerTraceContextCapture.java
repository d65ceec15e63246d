package com.fundguard.events.trace;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the current span through Micrometer Tracing and writes it with the configured (W3C) propagator. */
public final class MicrometerTraceContextCapture implements TraceContextCapture {

    private final Tracer tracer;
    private final Propagator propagator;

    public MicrometerTraceContextCapture(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Optional<String> currentTraceparent() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return Optional.ofNullable(carrier.get("traceparent"));
    }
}
