package org.ruraltalent.common;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An RFC 9457 problem body, as every error of the API answers it. */
@Schema(name = "Problem", description = "RFC 9457 problem details. Title, detail and field messages follow Accept-Language (zh-CN, en).",
        // The extension members, written by extensionMembers() below, so that clients generated from the contract read them too.
        properties = {
                @SchemaProperty(name = "rule", type = SchemaType.STRING, maxLength = 100, description = "For rule violations and conflicts: the rule that refuses the change.",
                        example = "one-active-first-secretary-per-village"),
                @SchemaProperty(name = "conflictingId", type = SchemaType.STRING, format = "uuid", maxLength = 36, description = "For conflicts: the record that already holds what the change needs.",
                        example = "0192f3a4-5b6c-7d8e-9f00-112233445566"),
                @SchemaProperty(name = "currentState", type = SchemaType.STRING, maxLength = 40, description = "For a state change the record's state does not allow: that state.",
                        example = "ACTIVE") })
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "requestId", "errors" })
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(maxLength = 200, example = "urn:rural-talent:problem:validation") URI type,
        @Schema(maxLength = 200, example = "Request is not valid") String title,
        @Schema(minimum = "400", maximum = "599", example = "400") int status,
        @Schema(maxLength = 2000, example = "1 field(s) are not valid") String detail,
        @Schema(maxLength = 500, example = "/api/v1/personnel") String instance,
        @Schema(example = "6f1c2a9e-3b7d-4e0a-9f55-1d2c3b4a5e6f", maxLength = 64, description = "Quote it when asking for support; the service log carries the same id.") String requestId,
        @Schema(description = "For validation and duplicate problems: each field at fault.") List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    /** A field at fault, named by its JSON name or query parameter (e.g. {@code nationalId}, {@code limit}). */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(maxLength = 200, example = "nationalId") String field,
            @Schema(maxLength = 40, example = "NationalId") String code,
            @Schema(maxLength = 1000, example = "is not a valid national ID number (GB 11643)") String message) {
    }

    /** Members beyond RFC 9457's own, such as {@code rule}, {@code currentState}, {@code conflictingId}. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }
}
