package com.fundguard.bankconnector.execution.application;

import com.fundguard.bankconnector.execution.domain.ExecutionOrder;
import com.fundguard.bankconnector.execution.domain.InquiryAnswer;

/** Asks the payer account's bank what became of an order. Never throws: no answer is {@link InquiryAnswer.Unanswered}. */
public interface BankInquiries {

    InquiryAnswer inquire(String payerBankCode, ExecutionOrder order);
}
