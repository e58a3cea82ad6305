package org.ruraltalent.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Reads and masks citizen identity numbers (GB 11643-1999); see {@link NationalId}. */
public final class NationalIds {

    private NationalIds() {
    }

    /** What an ID number says about its holder. Gender: odd 17th digit male, even female. */
    public record Parsed(String number, LocalDate birthDate, boolean male) {
    }

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    /** The number normalised (upper-case X) and what it encodes, if it is valid. */
    public static Optional<Parsed> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String number = raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (!number.matches("[0-9]{17}[0-9X]")) {
            return Optional.empty();
        }
        if (checkDigit(number.substring(0, 17)) != number.charAt(17)) {
            return Optional.empty();
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(number, birth, (number.charAt(16) - '0') % 2 == 1));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The check digit (0-9 or X) GB 11643 computes for the first seventeen digits of a number. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Shows the region code and the last four characters only: {@code 640402********123X}. */
    public static String mask(String number) {
        return number.substring(0, 6) + "********" + number.substring(14);
    }
}
