package com.fundguard.bank.channel;

import com.fundguard.bank.iso20022.Camt029Reader;
import com.fundguard.bank.iso20022.Camt055Writer;
import com.fundguard.bank.iso20022.CancellationRequest;
import com.fundguard.bank.iso20022.CancellationResolution;
import com.fundguard.bank.iso20022.IsoMessageException;
import com.fundguard.bank.iso20022.Pain002Reader;
import com.fundguard.bank.iso20022.PaymentStatusReport;
import com.fundguard.bank.iso20022.RecallMessages;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank channel over HTTPS with mutual TLS, as {@code docs/channel-protocol.md} writes it down: ISO 20022 documents
 * in and out, the online-banking password in Basic authentication, the UKEY's detached signature in
 * {@code Order-Signature}. Each answer, or the lack of one, becomes an outcome or one of the two exceptions that tell
 * the caller what it may do next; nothing is retried here (retries and circuit breaking are the callers' decision).
 * The password is never kept: it is encoded into the header of one request and the intermediate arrays are wiped;
 * the caller wipes its {@link OnlineBankingLogin}.
 */
public final class HttpBankChannel implements BankChannel, AutoCloseable {

    static final String LOGIN_REFUSED = "urn:fundguard:bank:login-refused";
    static final String NO_SUCH_ORDER = "urn:fundguard:bank:no-such-order";
    static final String NO_SUCH_ACCOUNT = "urn:fundguard:bank:no-such-account";
    static final String MALFORMED_CANCELLATION = "urn:fundguard:bank:malformed-cancellation-request";

    /** Accepted, not booked yet: the final status comes by inquiry. */
    private static final Set<String> PENDING = Set.of("ACCP", "ACSP", "ACTC", "ACWC", "ACFC", "PDNG", "RCVD");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http;
    private final Duration requestTimeout;

    /**
     * @param base           the bank's channel, e.g. {@code https://bank.example/channel/v1}
     * @param tls            this installation's client key and the bank's CA (mutual TLS); built and owned by the caller
     * @param connectTimeout how long to wait for the connection (a timeout here: the order never left)
     * @param requestTimeout how long to wait for the answer once connected (a timeout here: outcome unknown)
     */
    public HttpBankChannel(URI base, SSLContext tls, Duration connectTimeout, Duration requestTimeout) {
        this.base = Objects.requireNonNull(base).toString().replaceAll("/+$", "");
        this.requestTimeout = Objects.requireNonNull(requestTimeout);
        this.http = HttpClient.newBuilder().sslContext(Objects.requireNonNull(tls)).connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        if (RecallMessages.available()) {
            RecallMessages.prepare();
        }
    }

    @Override
    public SubmissionOutcome submit(SignedOrder order, OnlineBankingLogin login) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/payment-orders")).timeout(requestTimeout)
                .header("Content-Type", "application/xml")
                .header("Accept", "application/xml, application/problem+json")
                .header("Authorization", login.basicAuthorization())
                .header("Order-Signature", Base64.getEncoder().encodeToString(order.signature().cms()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(order.document()))
                .build();
        HttpResponse<byte[]> response = exchange(request, "submission of " + order.endToEndId());
        return switch (response.statusCode()) {
            case 200 -> submissionOutcome(statusOf(response.body(), order.endToEndId()));
            // Authentication is decided before the order is looked at: whatever the problem says, nothing was booked.
            case 401 -> new SubmissionOutcome.LoginRefused();
            default -> throw new OutcomeUnknownException("the bank answered the submission of " + order.endToEndId()
                    + " with HTTP " + response.statusCode() + problemTypeOf(response).map(type -> " (" + type + ")").orElse(""), null);
        };
    }

    @Override
    public InquiryOutcome inquire(String debtorAccount, String endToEndId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/payment-orders/" + segment(endToEndId)
                        + "?debtorAccount=" + URLEncoder.encode(debtorAccount, StandardCharsets.UTF_8)))
                .timeout(requestTimeout).header("Accept", "application/xml, application/problem+json").GET().build();
        HttpResponse<byte[]> response = exchange(request, "inquiry of " + endToEndId);
        if (response.statusCode() == 200) {
            PaymentStatusReport.TransactionStatus status = statusOf(response.body(), endToEndId);
            return new InquiryOutcome.Known(status.status(), status.reasonCode(), Optional.ofNullable(status.bankReference()));
        }
        if (response.statusCode() == 404 && problemTypeOf(response).filter(NO_SUCH_ORDER::equals).isPresent()) {
            return new InquiryOutcome.NoSuchOrder();
        }
        // A 404 of a proxy or a wrong path is not the bank saying it has no such order.
        throw new OutcomeUnknownException("the bank answered the inquiry of " + endToEndId + " with HTTP " + response.statusCode(), null);
    }

    @Override
    public byte[] statement(String account, LocalDate day) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/statements/" + segment(account) + "/" + day))
                .timeout(requestTimeout).header("Accept", "application/xml, application/problem+json").GET().build();
        HttpResponse<byte[]> response = exchange(request, "statement of " + account + " for " + day);
        if (response.statusCode() == 200) {
            return response.body();
        }
        if (response.statusCode() == 404 && problemTypeOf(response).filter(NO_SUCH_ACCOUNT::equals).isPresent()) {
            throw new NoSuchAccountException(account);
        }
        throw new OutcomeUnknownException("the bank answered the statement request with HTTP " + response.statusCode(), null);
    }

    /**
     * One camt.055 for the order; the bank's camt.029 becomes the outcome. Without prowide on the class path (the
     * operator agent) this refuses before anything is sent.
     */
    @Override
    public CancellationOutcome requestCancellation(CancellationRequest cancellation) {
        if (!RecallMessages.available()) {
            throw new IllegalStateException("recalls need com.prowidesoftware:pw-iso20022 on the class path; nothing was sent");
        }
        String order = cancellation.endToEndId();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/cancellation-requests")).timeout(requestTimeout)
                .header("Content-Type", "application/xml")
                .header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Camt055Writer.write(cancellation, Instant.now())))
                .build();
        HttpResponse<byte[]> response = exchange(request, "cancellation request for " + order);
        if (response.statusCode() == 200) {
            return cancellationOutcome(resolutionOf(response.body(), order));
        }
        if (response.statusCode() == 400 && problemTypeOf(response).filter(MALFORMED_CANCELLATION::equals).isPresent()) {
            // The bank read nothing and changed nothing; the request this channel wrote is not what the bank reads.
            throw new IsoMessageException("the bank could not read the cancellation request for " + order);
        }
        throw new OutcomeUnknownException("the bank answered the cancellation request for " + order + " with HTTP "
                + response.statusCode() + problemTypeOf(response).map(type -> " (" + type + ")").orElse(""), null);
    }

    @Override
    public void close() {
        http.close();
    }

    /**
     * One exchange. Only a failure to connect or to agree on TLS proves the request never reached the bank; anything
     * after that (a timeout, a connection lost mid-answer) may have come after the bank acted.
     */
    private HttpResponse<byte[]> exchange(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new OrderNotSentException("no connection to the bank for the " + what + ": " + e.getMessage(), e);
        } catch (HttpTimeoutException e) {
            throw new OutcomeUnknownException("no answer from the bank within " + requestTimeout + " to the " + what, e);
        } catch (IOException e) {
            if (neverLeft(e)) {
                throw new OrderNotSentException("the " + what + " never reached the bank: " + e, e);
            }
            throw new OutcomeUnknownException("the exchange with the bank broke off during the " + what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutcomeUnknownException("interrupted while waiting for the bank's answer to the " + what, e);
        }
    }

    private static boolean neverLeft(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    private static SubmissionOutcome submissionOutcome(PaymentStatusReport.TransactionStatus status) {
        if ("ACSC".equals(status.status())) {
            if (status.bankReference() == null) {
                throw new OutcomeUnknownException("the bank reported the order booked without its booking reference", null);
            }
            return new SubmissionOutcome.Booked(status.bankReference());
        }
        if ("RJCT".equals(status.status())) {
            String reason = status.reasonCode().orElse("NARR");
            return "DUPL".equals(reason) ? new SubmissionOutcome.DuplicateAtBank() : new SubmissionOutcome.Rejected(reason);
        }
        if (PENDING.contains(status.status())) {
            return new SubmissionOutcome.Pending(status.status());
        }
        throw new OutcomeUnknownException("the bank answered with the status " + status.status() + ", which this channel does not know", null);
    }

    private static CancellationOutcome cancellationOutcome(CancellationResolution resolution) {
        return switch (resolution.status()) {
            case CancellationResolution.ACCEPTED -> new CancellationOutcome.Cancelled(resolution.reversalReference().orElseThrow());
            case CancellationResolution.REFUSED -> new CancellationOutcome.Refused(resolution.reasonCode().orElseThrow());
            case CancellationResolution.PENDING -> new CancellationOutcome.Pending();
            default -> throw new OutcomeUnknownException("the bank answered the cancellation with the status " + resolution.status()
                    + ", which this channel does not know", null);
        };
    }

    private static CancellationResolution resolutionOf(byte[] camt029, String endToEndId) {
        try {
            return Camt029Reader.read(camt029).stream().filter(r -> endToEndId.equals(r.endToEndId())).findFirst()
                    .orElseThrow(() -> new OutcomeUnknownException("the bank's resolution does not name " + endToEndId, null));
        } catch (IsoMessageException e) {
            throw new OutcomeUnknownException("the bank's answer is not a resolution of the cancellation: " + e.getMessage(), e);
        }
    }

    private static PaymentStatusReport.TransactionStatus statusOf(byte[] pain002, String endToEndId) {
        try {
            // A status without an end-to-end id is about the whole document (FF01: the bank could not read which order it was).
            return Pain002Reader.read(pain002).transactions().stream()
                    .filter(t -> endToEndId.equals(t.endToEndId()) || t.endToEndId() == null).findFirst()
                    .orElseThrow(() -> new OutcomeUnknownException("the bank's status report does not name " + endToEndId, null));
        } catch (IsoMessageException e) {
            throw new OutcomeUnknownException("the bank's answer is not a status report: " + e.getMessage(), e);
        }
    }

    private static Optional<String> problemTypeOf(HttpResponse<byte[]> response) {
        boolean problem = response.headers().firstValue("Content-Type").filter(type -> type.startsWith("application/problem+json")).isPresent();
        if (!problem) {
            return Optional.empty();
        }
        try {
            String type = JSON.readTree(response.body()).path("type").asString("");
            return type.isEmpty() ? Optional.empty() : Optional.of(type);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "HttpBankChannel[" + base + "]";
    }
}
