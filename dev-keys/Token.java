import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Prints a bearer token for trying the API in dev mode, signed with the development key in this
 * folder (never used outside the dev and test profiles). Needs only a JDK:
 *
 * <pre>
 *   java dev-keys/Token.java admin
 *   java dev-keys/Token.java operator,pii-reader 640422
 *   java dev-keys/Token.java viewer 640402 --subject wang.li --minutes 120
 *   java dev-keys/Token.java admin --key data/postgres.jwt-private.pem --issuer rural-talent-local
 * </pre>
 *
 * Roles: admin, operator, viewer, auditor, integration, plus pii-reader. The optional division
 * code limits what the token may see and change to that division and everything below it.
 */
public class Token {

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: java dev-keys/Token.java ROLE[,ROLE...] [DIVISION_CODE] [--subject NAME] [--minutes N] [--key PEM] [--issuer ISS]");
            System.exit(2);
        }
        List<String> roles = List.of(args[0].split(","));
        String division = null;
        String subject = "dev-" + roles.get(0);
        long minutes = 60;
        Path key = Path.of("dev-keys", "private-key.pem");
        String issuer = "rural-talent-dev";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--subject" -> subject = args[++i];
                case "--minutes" -> minutes = Long.parseLong(args[++i]);
                case "--key" -> key = Path.of(args[++i]);
                case "--issuer" -> issuer = args[++i];
                default -> division = args[i];
            }
        }
        long now = System.currentTimeMillis() / 1000;
        List<String> quoted = new ArrayList<>();
        roles.forEach(r -> quoted.add("\"" + r + "\""));
        String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\",\"groups\":["
                + String.join(",", quoted) + "]," + (division == null ? "" : "\"division\":\"" + division + "\",")
                + "\"iat\":" + now + ",\"exp\":" + (now + minutes * 60) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey(key));
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + b64(rsa.sign()));
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
