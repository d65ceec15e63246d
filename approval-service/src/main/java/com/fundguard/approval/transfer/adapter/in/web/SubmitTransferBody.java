package com.fundguard.approval.transfer.adapter.in.web;

import com.fundguard.approval.transfer.domain.PayeeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON an applicant submits. Amounts are decimals (a JSON string or number), never floating point. */
record SubmitTransferBody(
        @NotNull UUID applicantId,
        @NotBlank @Size(max = 64) String payerAccount,
        @NotNull @Valid PayeeBody payee,
        @NotNull @Valid AmountBody amount,
        @NotBlank @Size(max = 500) String purpose,
        @NotNull LocalDate requestedExecutionDate,
        @Size(max = 50) List<@NotNull UUID> voucherIds,
        UUID resubmissionOf) {

    record PayeeBody(@NotBlank @Size(max = 140) String name,
                     @NotBlank @Size(max = 64) String accountNumber,
                     @NotBlank @Size(max = 35) String bankCode,
                     @NotNull PayeeType type) {
    }

    record AmountBody(@NotNull @Positive BigDecimal value,
                      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }
}
