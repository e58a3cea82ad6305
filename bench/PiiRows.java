import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Prints the personal-data columns of n synthetic people as PostgreSQL COPY text, one line per
 * person: {@code n <TAB> birth date <TAB> \x<national_id_cipher> <TAB> \x<national_id_hash>}.
 * Each person gets a distinct valid GB 11643 number (region 640424, a birth date, a sequence and
 * its check digit), sealed exactly as common/PiiProtection seals it (AES-256-GCM with the key
 * version as associated data, then HMAC-SHA-256 for lookup), so the service reads them back.
 * <p>
 * Usage: RURAL_TALENT_PII_ENCRYPTION_KEY=... RURAL_TALENT_PII_HASH_KEY=... java bench/PiiRows.java 1000000
 */
public class PiiRows {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        SecretKeySpec aes = new SecretKeySpec(key("RURAL_TALENT_PII_ENCRYPTION_KEY"), "AES");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key("RURAL_TALENT_PII_HASH_KEY"), "HmacSHA256"));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        SecureRandom random = new SecureRandom();
        HexFormat hex = HexFormat.of();
        byte[] nonce = new byte[12];
        StringBuilder out = new StringBuilder(1 << 20);
        LocalDate first = LocalDate.of(1960, 1, 1);
        for (int n = 1; n <= rows; n++) {
            // 999 sequence numbers a day from 1960 on: a million people are born by 1962-09.
            LocalDate born = first.plusDays((n - 1) / 999);
            String body = "640424" + born.toString().replace("-", "") + String.format("%03d", 1 + (n - 1) % 999);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * WEIGHTS[i];
            }
            String number = body + "10X98765432".charAt(sum % 11);
            random.nextBytes(nonce);
            cipher.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(new byte[] { 1 });
            byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(1 + 12 + sealed.length).put((byte) 1).put(nonce).put(sealed).array();
            byte[] hash = mac.doFinal(number.getBytes(StandardCharsets.UTF_8));
            out.append(n).append('\t').append(born).append("\t\\\\x").append(hex.formatHex(stored))
                    .append("\t\\\\x").append(hex.formatHex(hash)).append('\n');
            if (out.length() > (1 << 20)) {
                System.out.print(out);
                out.setLength(0);
            }
        }
        System.out.print(out);
        System.out.flush();
    }

    private static byte[] key(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set");
        }
        return Base64.getDecoder().decode(value.trim());
    }
}
