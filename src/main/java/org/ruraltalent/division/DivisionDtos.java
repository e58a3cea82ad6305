package org.ruraltalent.division;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;

/** Request and response bodies of /api/v1/divisions. */
public final class DivisionDtos {

    private DivisionDtos() {
    }

    @Schema(name = "DivisionCreate", description = "A township or village (or a further city or county) to add under an existing division.")
    public record DivisionCreate(
            @Size(max = 12) @NotBlank @Pattern(regexp = "[0-9]{6}|[0-9]{9}|[0-9]{12}", message = "{division.code.format}")
            @Schema(example = "640402100", description = "6 digits (GB/T 2260) for province, city and county; 9 for a township; 12 for a village. Starts with the parent's code.") String code,
            @NotBlank @Size(max = 100) @Schema(example = "三营镇") String name,
            @NotNull @Schema(example = "TOWNSHIP") DivisionLevel level,
            @Size(max = 12) @Pattern(regexp = "[0-9]{6}|[0-9]{9}|[0-9]{12}", message = "{division.code.format}")
            @Schema(example = "640402", description = "Code of the division one level up; required except for a province.") String parentCode) {
    }

    @Schema(name = "DivisionPatch", description = "Renames a division; code, level and parent are fixed once created.")
    public record DivisionPatch(@NotBlank @Size(max = 100) @Schema(example = "三营镇") String name) {
    }

    @Schema(name = "Division")
    public record DivisionView(
            @Schema(example = "01900000-0000-7000-8000-000000640402") UUID id,
            @Schema(maxLength = 12, example = "640402") String code,
            @Schema(maxLength = 100, example = "原州区") String name,
            @Schema(example = "COUNTY") DivisionLevel level,
            @Schema(maxLength = 12, example = "640400") String parentCode,
            @Schema(maxLength = 120, description = "Codes from the top of the geography down to this division.", example = "/640000/640400/640402/") String path,
            @Schema(example = "0") long version) implements Etags.Versioned {

        static DivisionView of(Division d) {
            return new DivisionView(d.id, d.code, d.name, d.level, d.parent == null ? null : d.parent.code, d.path, d.version);
        }
    }
}
