package com.fundguard.voucher.voucher.domain;

/**
 * Checks on numbers read from identity evidence, as warnings (a wrong check digit is more often a typo than a
 * forgery, and an approver should see it), and the one way they are shown: masked to the last four digits.
 */
public final class IdentityNumbers {

    private static final int[] RESIDENT_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] RESIDENT_ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdentityNumbers() {
    }

    /** GB 11643-1999: 17 digits and a check character by ISO 7064 mod 11-2 (X stands for 10). */
    public static boolean validResidentIdNumber(String number) {
        if (number == null || !number.matches("\\d{17}[\\dXx]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        return Character.toUpperCase(number.charAt(17)) == RESIDENT_ID_CHECK[sum % 11];
    }

    /** ISO/IEC 7812 bank card numbers: 12 to 19 digits whose Luhn sum is a multiple of 10. */
    public static boolean validCardNumber(String number) {
        if (number == null || !number.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** Every character but the last four replaced by '*': the only form in which a number leaves the service. */
    public static String masked(String number) {
        if (number == null) {
            return null;
        }
        int visible = Math.min(4, number.length());
        return "*".repeat(number.length() - visible) + number.substring(number.length() - visible);
    }
}
