package org.ruraltalent.common;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads request bodies strictly: a field named twice in one object is refused (400 naming it)
 * instead of the last one silently winning, which would let two systems read the same request
 * differently; so is a NUL character in any text (400 naming the field), which PostgreSQL cannot
 * store and would otherwise refuse without saying where it was. Unknown fields are refused by
 * configuration ({@code quarkus.jackson.fail-on-unknown-properties}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new NulRefusingText()));
    }

    /** Text as Jackson reads it, but not with a NUL character in it: {@link ProblemMapper} names the field. */
    static final class NulRefusingText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = super.deserialize(p, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, "a NUL character in text", text, String.class);
            }
            return text;
        }
    }
}
