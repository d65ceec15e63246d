package com.fundguard.approval.transfer.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.approval.transfer.application.TransferExpiry;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A zero deadline makes every undecided request overdue at once; the job's own pace is slowed out of the way. */
@SpringBootTest(properties = {"fundguard.approval.routing.source=built-in", "fundguard.approval.decision-deadline=0s",
        "fundguard.approval.expiry-interval=1h"})
@AutoConfigureMockMvc
@WithRealInfrastructure
class TransferExpiryIT {

    @Autowired MockMvc mvc;
    @Autowired TransferExpiry expiry;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();

    @Test
    void aRequestLeftUndecidedPastItsDeadlineExpiresAndSaysSo() throws Exception {
        String location = mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(UUID.randomUUID(), enterprise)).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"payerAccount": "CN6222000011110001",
                                 "payee": {"name": "Shanghai Steel Co.", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                                 "amount": {"value": "125000.50", "currency": "CNY"}, "purpose": "Invoice", "requestedExecutionDate": "%s"}
                                """.formatted(LocalDate.now().plusDays(1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        assertThat(expiry.expireOverdue()).isGreaterThanOrEqualTo(1);

        mvc.perform(get(location).with(memberOf(enterprise))).andExpect(jsonPath("$.state").value("EXPIRED"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE message_key = ? AND event_type = 'com.fundguard.transfer.expired.v1'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(expiry.expireOverdue()).isZero();
    }
}
