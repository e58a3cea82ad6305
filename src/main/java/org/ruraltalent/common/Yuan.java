package org.ruraltalent.common;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Money in yuan, as the API writes it: an exact decimal in a JSON string with two decimals
 * ({@code "7300000.00"}), never a JSON number, so no caller or proxy ever turns it into a float.
 * In the database it is {@code numeric(14,2)}; in Java {@link BigDecimal}. A request must send a
 * string too: a JSON number or a string that is not a plain decimal is a 400 naming the field;
 * the range (not negative, at most 12 integer digits and 2 decimals) is checked by bean
 * validation on the field ({@code @PositiveOrZero @Digits(integer = 12, fraction = 2)}).
 */
public final class Yuan {

    /** What a JSON string must look like to be read as an amount: digits, optionally a sign and decimals. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    public static final String PATTERN = "^[0-9]{1,12}(\\.[0-9]{1,2})?$";
    public static final String EXAMPLE = "7300000.00";

    private Yuan() {
    }

    /** The text of an amount in the API: plain notation, two decimals. */
    public static String format(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    public static class Serializer extends StdSerializer<BigDecimal> {
        public Serializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format(value));
        }
    }

    public static class Deserializer extends StdDeserializer<BigDecimal> {
        public Deserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText().trim();
            if (!PLAIN_DECIMAL.matcher(text).matches()) {
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a plain decimal");
            }
            return new BigDecimal(text);
        }
    }
}
