package org.ruraltalent.platform;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Ref;

/** Request and response bodies of /api/v1/workstations. */
public final class WorkstationDtos {

    private WorkstationDtos() {
    }

    @Schema(name = "WorkstationCreate")
    public record WorkstationCreate(
            @NotNull @Schema(example = "WORKSTATION") WorkstationKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "隆德县乡村人才工作站") String name,
            @NotNull @Schema(description = "The organisation hosting it.") UUID hostOrganisationId,
            @Size(max = 12) @NotBlank @Schema(example = "640423", description = "Where it is.") String divisionCode,
            @NotNull @Schema(example = "2022-06-01") LocalDate openedOn,
            @Schema(example = "依托龙头企业建设") @Size(max = 1000) String note) {
    }

    @Schema(name = "WorkstationPatch", description = "Fields to change; absent fields stay as they are.")
    public record WorkstationPatch(
            @Schema(example = "隆德县乡村人才工作站") @Size(min = 1, max = 200) String name,
            UUID hostOrganisationId,
            LocalDate openedOn,
            @Schema(example = "2025-12-31") LocalDate closedOn,
            @Schema(example = "依托龙头企业建设") @Size(max = 1000) String note) {
    }

    @Schema(name = "WorkstationMemberAdd")
    public record MemberAdd(
            @NotNull UUID personId,
            @NotNull @Schema(example = "2022-06-01") LocalDate joinedOn) {
    }

    @Schema(name = "WorkstationMemberLeave")
    public record MemberLeave(@NotNull @Schema(example = "2023-06-01") LocalDate leftOn) {
    }

    @Schema(name = "Workstation")
    public record WorkstationView(
            UUID id,
            WorkstationKind kind,
            @Schema(example = "隆德县乡村人才工作站", maxLength = 200) String name,
            Ref host,
            @Schema(maxLength = 12, example = "640423") String divisionCode,
            @Schema(maxLength = 100, example = "隆德县") String divisionName,
            LocalDate openedOn,
            LocalDate closedOn,
            @Schema(example = "依托龙头企业建设", maxLength = 1000) String note,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static WorkstationView of(Workstation w) {
            return new WorkstationView(w.id, w.kind, w.name, new Ref(w.host.id, w.host.name), w.division.code,
                    w.division.name, w.openedOn, w.closedOn, w.note, w.version);
        }
    }

    @Schema(name = "WorkstationMember")
    public record MemberView(UUID id, Ref person, LocalDate joinedOn, LocalDate leftOn) {

        static MemberView of(WorkstationMember m) {
            return new MemberView(m.id, new Ref(m.person.id, m.person.name), m.joinedOn, m.leftOn);
        }
    }
}
