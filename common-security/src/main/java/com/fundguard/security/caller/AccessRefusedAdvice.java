package com.fundguard.security.caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@link AccessRefusedException} as 403 problem details naming the rule, in every service that has this library. */
@RestControllerAdvice
public class AccessRefusedAdvice {

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AccessRefusedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }
}
