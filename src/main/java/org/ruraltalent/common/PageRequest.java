package org.ruraltalent.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code cursor} query parameters every list takes. They arrive as text
 * and are checked here, so a bad value is a 400 problem naming the parameter (JAX-RS itself
 * would answer 404 for an unconvertible query parameter).
 */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final String PREFIX = "k1:";
    /** A cursor is "k1:" and a UUID in unpadded base64url: 52 characters. */
    public static final int CURSOR_MAX_LENGTH = 64;
    public static final String CURSOR_PATTERN = "^[A-Za-z0-9_-]+$";

    @QueryParam("limit")
    @Parameter(description = "Items per page, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").", example = "50",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_LIMIT,
                    defaultValue = "" + DEFAULT_LIMIT))
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "The `nextCursor` of the previous page; opaque.",
            schema = @Schema(type = SchemaType.STRING, maxLength = CURSOR_MAX_LENGTH, pattern = CURSOR_PATTERN))
    public String cursor;

    public int limit() {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalidField("limit", "Range", "field.limit", MAX_LIMIT);
    }

    /** The id after which the page starts, or {@code null} for the first page. */
    public UUID after() {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return UUID.fromString(decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw Problems.invalidField("cursor", "Cursor", "field.cursor");
    }

    static String encode(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }
}
