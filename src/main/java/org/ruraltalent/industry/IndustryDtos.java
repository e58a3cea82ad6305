package org.ruraltalent.industry;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;

/** Request and response bodies of /api/v1/industries. */
public final class IndustryDtos {

    private IndustryDtos() {
    }

    @Schema(name = "IndustryCreate")
    public record IndustryCreate(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{validation.industry-code}")
            @Schema(example = "COOL_VEGETABLES", description = "Stable code, upper case letters, digits and _; never changes.") String code,
            @NotBlank @Size(max = 100) @Schema(example = "冷凉蔬菜") String nameZh,
            @NotBlank @Size(max = 200) @Schema(example = "Cool-climate vegetables") String nameEn,
            @Min(0) @Max(9999) @Schema(example = "10", description = "Where it is shown in lists made for people (0 by default).") Integer sortOrder) {
    }

    @Schema(name = "IndustryPatch", description = "Fields to change; absent fields stay as they are. The code never changes.")
    public record IndustryPatch(
            @Schema(example = "冷凉蔬菜") @Size(min = 1, max = 100) String nameZh,
            @Schema(example = "Cool-climate vegetables") @Size(min = 1, max = 200) String nameEn,
            @Schema(example = "10") @Min(0) @Max(9999) Integer sortOrder,
            @Schema(example = "true", description = "false retires the industry: old projects keep it, new ones cannot name it.") Boolean active) {
    }

    @Schema(name = "Industry")
    public record IndustryView(
            UUID id,
            @Schema(maxLength = 40, example = "COOL_VEGETABLES") String code,
            @Schema(maxLength = 100, example = "冷凉蔬菜") String nameZh,
            @Schema(maxLength = 200, example = "Cool-climate vegetables") String nameEn,
            @Schema(example = "10", minimum = "0", maximum = "9999") int sortOrder,
            @Schema(example = "true") boolean active,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static IndustryView of(Industry i) {
            return new IndustryView(i.id, i.code, i.nameZh, i.nameEn, i.sortOrder, i.active, i.version);
        }
    }
}
