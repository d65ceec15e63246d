package com.fundguard.approval.transfer.adapter.in.web;

import com.fundguard.approval.transfer.domain.PayeeType;
import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "A transfer request as the applicant submits it")
record SubmitTransferBody(
        @Schema(example = "CN6222000011110001", description = "the enterprise's account the money leaves") @NotBlank @Size(max = 64) String payerAccount,
        @NotNull @Valid PayeeBody payee,
        @NotNull @Valid AmountBody amount,
        @Schema(example = "Invoice 2026-0042, steel delivery") @NotBlank @Size(max = 500) String purpose,
        @Schema(example = "2026-11-24") @NotNull LocalDate requestedExecutionDate,
        @Schema(description = "captured vouchers (invoice, contract, receipt...) of this enterprise") @Size(max = 50) List<@NotNull UUID> voucherIds,
        @Schema(description = "the rejected, cancelled or expired request this one replaces") UUID resubmissionOf) {

    record PayeeBody(@Schema(example = "Shanghai Steel Co., Ltd.") @NotBlank @Size(max = 140) String name,
                     @Schema(example = "31001234567890") @NotBlank @Size(max = 64) String accountNumber,
                     @Schema(example = "CCBCCNBJ") @NotBlank @Size(max = 35) String bankCode,
                     @Schema(example = "CORPORATE") @NotNull PayeeType type) {
    }

    record AmountBody(@Schema(type = "string", example = "125000.50", description = "a decimal, never a float; at most the currency's decimals")
                      @NotNull @Positive BigDecimal value,
                      @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }
}
