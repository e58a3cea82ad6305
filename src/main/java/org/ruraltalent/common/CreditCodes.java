package org.ruraltalent.common;

/** The check character of a unified social credit code (GB 32100-2015); see {@link CreditCode}. */
public final class CreditCodes {

    private CreditCodes() {
    }

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    public static boolean isValid(String code) {
        if (code.length() != 18 || !code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check) == code.charAt(17);
    }
}
