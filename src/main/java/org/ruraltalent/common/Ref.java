package org.ruraltalent.common;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another record named inside a response: its id, to follow, and its name, to show. */
@Schema(name = "Ref")
public record Ref(UUID id, @Schema(maxLength = 200, example = "马志强") String name) {
}
