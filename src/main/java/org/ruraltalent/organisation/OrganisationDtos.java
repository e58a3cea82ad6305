package org.ruraltalent.organisation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.CreditCode;
import org.ruraltalent.common.Etags;

/** Request and response bodies of /api/v1/organisations. */
public final class OrganisationDtos {

    private OrganisationDtos() {
    }

    @Schema(name = "OrganisationCreate")
    public record OrganisationCreate(
            @NotBlank @Size(max = 200) @Schema(example = "原州区人民医院") String name,
            @NotNull @Schema(example = "HOSPITAL") OrganisationType type,
            @Size(max = 12) @NotBlank @Schema(example = "640402", description = "Code of the division it sits in.") String divisionCode,
            @Size(max = 18) @CreditCode @Schema(example = "12640402MB1234567X", description = "Unified social credit code (GB 32100), checked when given.") String creditCode,
            @Schema(example = "GRADE_2A", description = "Hospitals only.") HospitalGrade hospitalGrade) {
    }

    @Schema(name = "OrganisationPatch", description = "Fields to change; absent fields stay as they are.")
    public record OrganisationPatch(
            @Size(min = 1, max = 200) @Schema(example = "固原市原州区人民医院") String name,
            @Size(max = 12) @Schema(example = "640402") String divisionCode,
            @Size(max = 18) @CreditCode @Schema(example = "12640402MB1234567X") String creditCode,
            HospitalGrade hospitalGrade,
            @Schema(example = "true", description = "false when the organisation is dissolved or merged.") Boolean active) {
    }

    @Schema(name = "Organisation")
    public record OrganisationView(
            UUID id,
            @Schema(maxLength = 200, example = "原州区人民医院") String name,
            @Schema(example = "HOSPITAL") OrganisationType type,
            @Schema(maxLength = 12, example = "640402") String divisionCode,
            @Schema(maxLength = 100, example = "原州区") String divisionName,
            @Schema(example = "12640402MB1234567X", maxLength = 18) String creditCode,
            HospitalGrade hospitalGrade,
            @Schema(example = "true") boolean active,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.name, o.type, o.division.code, o.division.name, o.creditCode,
                    o.hospitalGrade, o.active, o.version);
        }
    }
}
