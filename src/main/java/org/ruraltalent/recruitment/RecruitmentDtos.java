package org.ruraltalent.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.assignment.AssignmentRole;
import org.ruraltalent.assignment.AssignmentStatus;
import org.ruraltalent.assignment.SendingLevel;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Ref;

/** Request and response bodies of /api/v1/recruitment-programmes and their placements. */
public final class RecruitmentDtos {

    private RecruitmentDtos() {
    }

    @Schema(name = "RecruitmentProgrammeCreate")
    public record ProgrammeCreate(
            @NotBlank @Size(max = 200) @Schema(example = "2023年固原市“三支一扶”计划") String name,
            @NotNull @Schema(example = "THREE_SUPPORTS_ONE_ASSISTANCE") ProgrammeKind kind,
            @NotNull @Min(1949) @Max(2200) @Schema(example = "2023") Integer year,
            @NotNull @Min(1) @Max(1000000) @Schema(example = "830", description = "Most people it may place; never exceeded.") Integer quota,
            @Size(max = 12) @NotBlank @Schema(example = "640400", description = "The division it recruits for (the city or a county); its placements are made there.") String divisionCode,
            @Schema(example = "分两批组织考试") @Size(max = 1000) String note) {
    }

    @Schema(name = "RecruitmentProgrammePatch", description = "Fields to change; absent fields stay as they are. The quota cannot go below the placements made.")
    public record ProgrammePatch(
            @Schema(example = "2023年固原市“三支一扶”计划") @Size(min = 1, max = 200) String name,
            @Schema(example = "830") @Min(1) @Max(1000000) Integer quota,
            @Schema(example = "分两批组织考试") @Size(max = 1000) String note) {
    }

    @Schema(name = "RecruitmentProgramme")
    public record ProgrammeView(
            UUID id,
            @Schema(example = "2023年固原市“三支一扶”计划", maxLength = 200) String name,
            ProgrammeKind kind,
            @Schema(example = "2023", minimum = "1949", maximum = "2200") int year,
            @Schema(example = "830", minimum = "1", maximum = "1000000") int quota,
            @Schema(example = "120", minimum = "0", maximum = "2147483647", description = "PLACED placements (withdrawn ones not counted).") int placedCount,
            @Schema(example = "710", minimum = "0", maximum = "1000000", description = "quota - placedCount.") int remaining,
            @Schema(maxLength = 12, example = "640400") String divisionCode,
            @Schema(maxLength = 100, example = "固原市") String divisionName,
            @Schema(example = "分两批组织考试", maxLength = 1000) String note,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static ProgrammeView of(RecruitmentProgramme p) {
            return new ProgrammeView(p.id, p.name, p.kind, p.year, p.quota, p.placedCount, p.quota - p.placedCount,
                    p.division.code, p.division.name, p.note, p.version);
        }
    }

    @Schema(name = "PlacementAssignment", description = "The assignment to create for the placed person at the placement's organisation, in the same transaction (see POST /api/v1/assignments). The batch year is the programme's year.")
    public record AssignmentSpec(
            @NotNull @Schema(example = "PROGRAMME_VOLUNTEER") AssignmentRole role,
            @NotNull @Schema(example = "2023-08-01") LocalDate startDate,
            @Schema(example = "2025-07-31") LocalDate plannedEndDate,
            @Schema(description = "Required for dispatched roles, absent for local posts.") UUID sendingOrganisationId,
            @Schema(example = "REGION", description = "Required for dispatched roles, absent for local posts.") SendingLevel sendingLevel,
            @Schema(example = "PLANNED", description = "PLANNED (the default) or ACTIVE.") AssignmentStatus status) {
    }

    @Schema(name = "PlacementCreate")
    public record PlacementCreate(
            @NotNull @Schema(description = "The person placed.") UUID personId,
            @NotNull @Schema(description = "Where the person is placed; within the programme's division.") UUID organisationId,
            @NotNull @Schema(example = "2023-08-01") LocalDate placedOn,
            @Schema(description = "The talent demand this placement fills, if any; it must be open and not yet filled.") UUID demandId,
            @Schema(example = "定向招聘至彭阳县乡镇卫生院") @Size(max = 1000) String note,
            @Valid @Schema(description = "Optionally, the assignment to create for the person at the organisation.") AssignmentSpec assignment) {
    }

    @Schema(name = "PlacementWithdrawal")
    public record Withdrawal(
            @NotNull @Schema(example = "2024-03-01") LocalDate withdrawnOn,
            @Size(max = 500) @Schema(example = "本人辞职") String reason) {
    }

    @Schema(name = "Placement")
    public record PlacementView(
            UUID id,
            UUID programmeId,
            Ref person,
            Ref organisation,
            LocalDate placedOn,
            UUID demandId,
            @Schema(description = "The assignment created with the placement, if one was.") UUID assignmentId,
            PlacementStatus status,
            LocalDate withdrawnOn,
            @Schema(example = "本人放弃", maxLength = 500) String withdrawalReason,
            @Schema(example = "定向招聘至彭阳县乡镇卫生院", maxLength = 1000) String note,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static PlacementView of(Placement p) {
            return new PlacementView(p.id, p.programme.id, new Ref(p.person.id, p.person.name),
                    new Ref(p.organisation.id, p.organisation.name), p.placedOn, p.demand == null ? null : p.demand.id,
                    p.assignmentId, p.status, p.withdrawnOn, p.withdrawalReason, p.note, p.version);
        }
    }
}
