package org.ruraltalent.team;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Ref;

/** Request and response bodies of /api/v1/teams. */
public final class TeamDtos {

    private TeamDtos() {
    }

    @Schema(name = "TeamCreate")
    public record TeamCreate(
            @NotBlank @Size(max = 200) @Schema(example = "西吉县马铃薯产业技术服务组") String name,
            @NotNull @Schema(example = "INDUSTRY_TECH_GROUP") TeamType type,
            @Size(max = 12) @NotBlank @Schema(example = "640422", description = "Where the team works: its county, or the township or village it serves.") String divisionCode,
            @Schema(example = "2021-03-01") LocalDate formedOn,
            @Schema(example = "驻村工作队由市直单位选派") @Size(max = 1000) String note,
            @Size(max = 500) @Schema(example = "[\"01a2225a-7903-7c46-8bcd-36f2742e09de\"]", description = "For groups: organisations they are stationed at or serve.") Set<@NotNull UUID> servedOrganisationIds) {
    }

    @Schema(name = "TeamPatch", description = "Fields to change; absent fields stay as they are. servedOrganisationIds, when given, replaces the list.")
    public record TeamPatch(
            @Schema(example = "西吉县马铃薯产业技术服务组") @Size(min = 1, max = 200) String name,
            LocalDate formedOn,
            @Schema(example = "2024-12-31") LocalDate dissolvedOn,
            @Schema(example = "驻村工作队由市直单位选派") @Size(max = 1000) String note,
            @Schema(example = "[\"01a2225a-7903-7c46-8bcd-36f2742e09de\"]") @Size(max = 500) Set<@NotNull UUID> servedOrganisationIds) {
    }

    @Schema(name = "TeamMemberAdd")
    public record MemberAdd(
            @NotNull UUID personId,
            @Schema(example = "MEMBER", description = "MEMBER (the default) or LEADER; a team has one leader at a time.") TeamRole role,
            @NotNull @Schema(example = "2021-03-01") LocalDate joinedOn,
            @Schema(description = "The assignment under which the person serves in the team, if any.") UUID assignmentId) {
    }

    @Schema(name = "TeamMemberLeave")
    public record MemberLeave(@NotNull @Schema(example = "2023-02-28") LocalDate leftOn) {
    }


    @Schema(name = "Team")
    public record TeamView(
            UUID id,
            @Schema(example = "西吉县马铃薯产业技术服务组", maxLength = 200) String name,
            TeamType type,
            @Schema(maxLength = 12, example = "640422") String divisionCode,
            @Schema(maxLength = 100, example = "西吉县") String divisionName,
            LocalDate formedOn,
            LocalDate dissolvedOn,
            @Schema(example = "驻村工作队由市直单位选派", maxLength = 1000) String note,
            @Schema(maxItems = 500) List<Ref> servedOrganisations,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static TeamView of(Team t) {
            return new TeamView(t.id, t.name, t.type, t.division.code, t.division.name, t.formedOn, t.dissolvedOn, t.note,
                    t.served.stream().map(o -> new Ref(o.id, o.name)).sorted(Comparator.comparing(Ref::id)).toList(),
                    t.version);
        }
    }

    @Schema(name = "TeamMember")
    public record MemberView(UUID id, Ref person, TeamRole role, UUID assignmentId, LocalDate joinedOn, LocalDate leftOn) {

        static MemberView of(TeamMember m) {
            return new MemberView(m.id, new Ref(m.person.id, m.person.name), m.role, m.assignmentId, m.joinedOn, m.leftOn);
        }
    }
}
