package org.ruraltalent.leadership;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.assignment.AssignmentRole;
import org.ruraltalent.common.Ref;

public final class LeadershipDtos {

    private LeadershipDtos() {
    }

    @Schema(name = "VillageLeadership", description = "Whether a village's leadership team is complete, and what is missing.")
    public record VillageView(
            @Schema(maxLength = 12, example = "640402100201") String villageCode,
            @Schema(maxLength = 100, example = "姚磨村") String villageName,
            @Schema(maxLength = 12, example = "640402100") String townshipCode,
            Ref partySecretary,
            Ref committeeDirector,
            @Schema(example = "5", minimum = "0", maximum = "9223372036854775807", description = "Active village committee members besides the director.") long committeeMembers,
            @Schema(example = "24", minimum = "0", maximum = "9223372036854775807", description = "Reserve cadres (category RESERVE_CADRE) working or, without an employer, living in the village.") long reserveCadres,
            @Schema(example = "true") boolean complete,
            @Schema(example = "[\"VILLAGE_COMMITTEE_DIRECTOR\"]", maxItems = 20, description = "Posts with nobody ACTIVE in them.") List<AssignmentRole> missing) {
    }

    @Schema(name = "TownshipLeadership", description = "A township's villages and how many have a complete leadership team.")
    public record TownshipView(
            @Schema(maxLength = 12, example = "640402100") String townshipCode,
            @Schema(maxLength = 100, example = "三营镇") String townshipName,
            @Schema(example = "12", minimum = "0", maximum = "9223372036854775807") long villages,
            @Schema(example = "10", minimum = "0", maximum = "9223372036854775807") long completeVillages,
            @Schema(example = "true", description = "Every village of the township is complete (and it has at least one).") boolean complete,
            @Schema(example = "24", minimum = "0", maximum = "9223372036854775807", description = "Reserve cadres working or living anywhere in the township.") long reserveCadres) {
    }
}
