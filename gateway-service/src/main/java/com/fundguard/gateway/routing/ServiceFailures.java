package com.fundguard.gateway.routing;

import com.fundguard.gateway.problem.Problems;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A service that does not answer becomes a problem detail naming the service: 504 when it was too slow, 503 when
 * it could not be reached or its circuit is open (the breaker spares it while it recovers), 502 for anything else.
 * The request is not retried (see RoutingConfiguration).
 */
final class ServiceFailures {

    private ServiceFailures() {
    }

    static HandlerFilterFunction<ServerResponse, ServerResponse> answeredAsProblems(String service) {
        return (request, next) -> {
            try {
                return next.handle(request);
            } catch (Exception failure) {
                return problem(service, failure);
            }
        };
    }

    static ServerResponse problem(String service, Throwable failure) {
        ProblemDetail problem;
        if (causedBy(failure, TimeoutException.class) || causedBy(failure, SocketTimeoutException.class)
                || causedBy(failure, HttpTimeoutException.class) || isStatus(failure, HttpStatus.GATEWAY_TIMEOUT)) {
            problem = Problems.of(HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service timeout",
                    service + " did not answer in time. The request may or may not have been carried out; retry with the same Idempotency-Key.");
        } else if (causedBy(failure, CallNotPermittedException.class) || causedBy(failure, IOException.class)
                || isStatus(failure, HttpStatus.SERVICE_UNAVAILABLE)) {
            problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    service + " cannot be reached just now; try again later.");
        } else {
            problem = Problems.of(HttpStatus.BAD_GATEWAY, "bad-gateway", "Bad gateway",
                    service + " failed to answer.");
        }
        problem.setProperty("service", service);
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.asMap(problem));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStatus(Throwable failure, HttpStatus status) {
        return failure instanceof ResponseStatusException e && e.getStatusCode().value() == status.value();
    }
}
