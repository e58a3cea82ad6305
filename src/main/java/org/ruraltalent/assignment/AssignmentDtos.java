package org.ruraltalent.assignment;

import java.time.Instant;
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

/** Request and response bodies of /api/v1/assignments. */
public final class AssignmentDtos {

    private AssignmentDtos() {
    }

    @Schema(name = "AssignmentCreate")
    public record AssignmentCreate(
            @NotNull @Schema(description = "The person serving.") UUID personId,
            @NotNull @Schema(example = "FIRST_SECRETARY") AssignmentRole role,
            @NotNull @Schema(description = "Where the person serves: for a first secretary, a village's Party branch or committee.") UUID hostOrganisationId,
            @Schema(description = "Who sent the person; required for dispatched roles, absent for local posts.") UUID sendingOrganisationId,
            @Schema(example = "CITY", description = "Required for dispatched roles, absent for local posts.") SendingLevel sendingLevel,
            @Min(1949) @Max(2200) @Schema(example = "2021", description = "The dispatch batch (选派批次) the assignment belongs to.") Integer batchYear,
            @Schema(description = "The team the person serves in (a village work team, a service group), if any.") UUID teamId,
            @NotNull @Schema(example = "2021-07-01") LocalDate startDate,
            @Schema(example = "2023-06-30") LocalDate plannedEndDate,
            @Schema(example = "PLANNED", description = "PLANNED (the default) or ACTIVE, for one already serving.") AssignmentStatus status,
            @Size(max = 1000) @Schema(example = "第三批驻村第一书记") String note) {
    }

    @Schema(name = "AssignmentActivation")
    public record Activation(
            @Schema(example = "2021-07-05", description = "The day service began, when it differs from the planned start.") LocalDate startDate) {
    }

    @Schema(name = "AssignmentCompletion")
    public record Completion(@NotNull @Schema(example = "2023-06-30") LocalDate endDate) {
    }

    @Schema(name = "AssignmentRecall")
    public record Recall(
            @NotNull @Schema(example = "2022-03-15") LocalDate endDate,
            @NotBlank @Size(max = 500) @Schema(example = "因工作需要召回原单位") String reason) {
    }

    @Schema(name = "AssignmentCancellation")
    public record Cancellation(@Size(max = 500) @Schema(example = "人选调整") String reason) {
    }

    @Schema(name = "AssignmentExtension")
    public record Extension(@NotNull @Schema(example = "2024-06-30") LocalDate plannedEndDate) {
    }

    @Schema(name = "FirstSecretaryRotation", description = "Replaces a village's ACTIVE first secretary with this PLANNED one, in one step.")
    public record Rotation(
            @NotNull @Schema(description = "The ACTIVE first secretary assignment being replaced.") UUID replacing,
            @NotNull @Schema(example = "2023-07-01", description = "The outgoing one ends and the incoming one starts on this day.") LocalDate on) {
    }


    @Schema(name = "Assignment")
    public record AssignmentView(
            UUID id,
            Ref person,
            AssignmentRole role,
            Ref host,
            @Schema(maxLength = 12, example = "640402100201") String hostDivisionCode,
            @Schema(maxLength = 100, example = "姚磨村") String hostDivisionName,
            Ref sender,
            SendingLevel sendingLevel,
            @Schema(example = "2021", minimum = "1949", maximum = "2200") Integer batchYear,
            UUID teamId,
            LocalDate startDate,
            LocalDate plannedEndDate,
            LocalDate actualEndDate,
            AssignmentStatus status,
            @Schema(example = "任期届满", maxLength = 500) String endReason,
            @Schema(example = "第三批驻村第一书记", maxLength = 1000) String note,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.id, new Ref(a.person.id, a.person.name), a.role, new Ref(a.host.id, a.host.name),
                    a.hostDivision.code, a.hostDivision.name, a.sender == null ? null : new Ref(a.sender.id, a.sender.name),
                    a.sendingLevel, a.batchYear, a.teamId, a.startDate, a.plannedEndDate, a.actualEndDate, a.status,
                    a.endReason, a.note, a.version);
        }
    }

    @Schema(name = "AssignmentTransition")
    public record TransitionView(
            AssignmentStatus from,
            AssignmentStatus to,
            LocalDate effectiveOn,
            @Schema(example = "人选调整", maxLength = 500) String reason,
            @Schema(maxLength = 200, example = "wang.li") String actor,
            @Schema(example = "6f1c2a9e-3b7d-4e0a-9f55-1d2c3b4a5e6f", maxLength = 64) String requestId,
            Instant occurredAt) {

        static TransitionView of(AssignmentTransition t) {
            return new TransitionView(t.from, t.to, t.effectiveOn, t.reason, t.actor, t.requestId, t.occurredAt);
        }
    }
}
