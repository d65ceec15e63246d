package com.fundguard.sandbox.payment.adapter.in.web;

import com.fundguard.sandbox.payment.application.CancellationAnswer;
import com.fundguard.sandbox.payment.application.InjectedServerErrorException;
import com.fundguard.sandbox.payment.application.OrderInquiry;
import com.fundguard.sandbox.payment.application.PaymentCancellation;
import com.fundguard.sandbox.payment.application.PaymentOrderSubmission;
import com.fundguard.sandbox.payment.application.StatementIssuing;
import com.fundguard.sandbox.payment.application.SubmissionAnswer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bank's side of {@code bank-channel/docs/channel-protocol.md}. */
@RestController
@RequestMapping("/channel/v1")
class ChannelController {

    static final URI LOGIN_REFUSED = URI.create("urn:fundguard:bank:login-refused");
    static final URI NO_SUCH_ORDER = URI.create("urn:fundguard:bank:no-such-order");
    static final URI NO_SUCH_ACCOUNT = URI.create("urn:fundguard:bank:no-such-account");
    static final URI SERVER_ERROR = URI.create("urn:fundguard:bank:server-error");
    static final URI MALFORMED_CANCELLATION = URI.create("urn:fundguard:bank:malformed-cancellation-request");
    static final MediaType XML = MediaType.APPLICATION_XML;

    private static final Logger log = LoggerFactory.getLogger(ChannelController.class);

    private final PaymentOrderSubmission submission;
    private final OrderInquiry inquiry;
    private final StatementIssuing statements;
    private final PaymentCancellation cancellation;

    ChannelController(PaymentOrderSubmission submission, OrderInquiry inquiry, StatementIssuing statements, PaymentCancellation cancellation) {
        this.submission = submission;
        this.inquiry = inquiry;
        this.statements = statements;
        this.cancellation = cancellation;
    }

    @PostMapping("/cancellation-requests")
    ResponseEntity<?> requestCancellation(@RequestBody(required = false) byte[] document) {
        CancellationAnswer answer = cancellation.requestCancellation(document == null ? new byte[0] : document);
        return switch (answer) {
            case CancellationAnswer.Resolution resolution -> ResponseEntity.ok().contentType(XML).body(resolution.camt029());
            case CancellationAnswer.Malformed malformed ->
                    problem(HttpStatus.BAD_REQUEST, MALFORMED_CANCELLATION, "not a camt.055.001.08 cancellation request: " + malformed.problem());
        };
    }

    @PostMapping("/payment-orders")
    ResponseEntity<?> submit(@RequestHeader(value = "Authorization", required = false) String authorization,
                             @RequestHeader(value = "Order-Signature", required = false) String signature,
                             @RequestBody(required = false) byte[] document, HttpServletResponse response) throws IOException {
        SubmissionAnswer answer = submission.submit(authorization, document == null ? new byte[0] : document, signature);
        if (answer instanceof SubmissionAnswer.Report report) {
            if (report.dropped()) {
                drop(response, report);
            }
            return ResponseEntity.ok().contentType(XML).body(report.pain002());
        }
        return problem(HttpStatus.UNAUTHORIZED, LOGIN_REFUSED, "the online-banking login is refused");
    }

    @GetMapping("/payment-orders/{endToEndId}")
    ResponseEntity<?> inquire(@PathVariable String endToEndId, @RequestParam String debtorAccount) {
        return inquiry.statusReport(debtorAccount, endToEndId).<ResponseEntity<?>>map(report -> ResponseEntity.ok().contentType(XML).body(report))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, NO_SUCH_ORDER,
                        "this bank has no order " + endToEndId + " for account " + debtorAccount));
    }

    @GetMapping("/statements/{account}/{day}")
    ResponseEntity<?> statement(@PathVariable String account, @PathVariable String day) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return problem(HttpStatus.BAD_REQUEST, URI.create("urn:fundguard:bank:bad-date"), "the day is yyyy-MM-dd");
        }
        return statements.statement(account, date).<ResponseEntity<?>>map(camt -> ResponseEntity.ok().contentType(XML).body(camt))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, NO_SUCH_ACCOUNT, "this bank holds no account " + account));
    }

    /**
     * DROPPED_RESPONSE: the order is booked; the status line and headers of a 200 leave with the report's length, none
     * of its bytes do, and the exchange fails after the response is committed, so Tomcat closes the connection: the
     * caller sees the connection end in the middle of the answer.
     */
    private static void drop(HttpServletResponse response, SubmissionAnswer.Report report) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(XML.toString());
        response.setContentLength(report.pain002().length);
        response.flushBuffer();
        throw new ResponseDroppedException(report.status());
    }

    static final class ResponseDroppedException extends RuntimeException {
        ResponseDroppedException(String status) {
            super("injected fault: the answer (" + status + ") to a submitted order is dropped after booking");
        }
    }

    @ExceptionHandler(InjectedServerErrorException.class)
    ResponseEntity<ProblemDetail> serverError(InjectedServerErrorException e) {
        log.info("{}", e.getMessage());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, SERVER_ERROR, "the bank could not take the order; nothing was booked");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
