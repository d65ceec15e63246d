package com.fundguard.sandbox.payment.application;

import java.time.ZoneId;

/**
 * Who this bank is: its bank code (orders to a creditor under this code are credited here) and the time zone its
 * business days are counted in.
 */
public record SandboxBank(String bankCode, ZoneId zone) {
}
