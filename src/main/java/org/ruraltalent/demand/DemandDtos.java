package org.ruraltalent.demand;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Ref;
import org.ruraltalent.personnel.Education;
import org.ruraltalent.personnel.TitleLevel;

/** Request and response bodies of /api/v1/talent-demands. */
public final class DemandDtos {

    private DemandDtos() {
    }

    @Schema(name = "TalentDemandCreate")
    public record DemandCreate(
            @Size(max = 12) @NotBlank @Schema(example = "640422100", description = "The township or county whose catalogue lists it.") String divisionCode,
            @NotNull @Schema(description = "The organisation that needs the people; in that division or below it.") UUID organisationId,
            @NotNull @Min(1949) @Max(2200) @Schema(example = "2023", description = "The catalogue's year.") Integer year,
            @NotBlank @Size(max = 200) @Schema(example = "全科医生") String position,
            @Size(max = 200) @Schema(example = "临床医学") String field,
            @Schema(example = "BACHELOR", description = "Lowest education accepted.") Education educationRequired,
            @Schema(example = "INTERMEDIATE", description = "Lowest professional title level accepted.") TitleLevel titleLevelRequired,
            @Size(max = 1000) @Schema(example = "具有执业医师资格，能长期在乡镇卫生院工作") String requirements,
            @NotNull @Min(1) @Max(100000) @Schema(example = "3") Integer quantity) {
    }

    @Schema(name = "TalentDemandPatch", description = "Fields to change; absent fields stay as they are. The quantity cannot go below the placements already made.")
    public record DemandPatch(
            @Schema(example = "全科医生") @Size(min = 1, max = 200) String position,
            @Schema(example = "临床医学") @Size(max = 200) String field,
            Education educationRequired,
            TitleLevel titleLevelRequired,
            @Schema(example = "具有执业医师资格，能长期在乡镇卫生院工作") @Size(max = 1000) String requirements,
            @Schema(example = "3") @Min(1) @Max(100000) Integer quantity) {
    }

    @Schema(name = "TalentDemandClosure")
    public record Closure(@Schema(example = "2023-12-31", description = "Today when absent.") LocalDate closedOn) {
    }

    @Schema(name = "TalentDemand")
    public record DemandView(
            UUID id,
            @Schema(maxLength = 12, example = "640422100") String divisionCode,
            @Schema(maxLength = 100, example = "吉强镇") String divisionName,
            Ref organisation,
            @Schema(example = "2023", minimum = "1949", maximum = "2200") int year,
            @Schema(example = "全科医生", maxLength = 200) String position,
            @Schema(example = "临床医学", maxLength = 200) String field,
            Education educationRequired,
            TitleLevel titleLevelRequired,
            @Schema(example = "具有执业医师资格，能长期在乡镇卫生院工作", maxLength = 1000) String requirements,
            @Schema(example = "3", minimum = "1", maximum = "100000") int quantity,
            @Schema(example = "1", minimum = "0", maximum = "2147483647", description = "Placements filling it (withdrawn ones not counted).") int filledCount,
            @Schema(description = "OPEN, PARTLY_FILLED or FILLED from the placements; CLOSED when closed by hand.") DemandStatus status,
            LocalDate closedOn,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static DemandView of(TalentDemand d) {
            return new DemandView(d.id, d.division.code, d.division.name, new Ref(d.organisation.id, d.organisation.name), d.year,
                    d.position, d.field, d.educationRequired, d.titleLevelRequired, d.requirements, d.quantity, d.filledCount,
                    d.status, d.closedOn, d.version);
        }
    }
}
