package org.ruraltalent.partnership;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Ref;

/** Request and response bodies of /api/v1/partnerships. */
public final class PartnershipDtos {

    private PartnershipDtos() {
    }

    @Schema(name = "PartnershipCreate")
    public record PartnershipCreate(
            @NotNull @Schema(description = "The partner, such as a university; it may be located anywhere.") UUID partnerOrganisationId,
            @NotNull @Schema(description = "The local organisation working with it, such as the city's vocational school; the partnership is counted where it is.") UUID localOrganisationId,
            @NotNull @Schema(example = "2021-09-01") LocalDate startedOn,
            @Size(max = 1000) @Schema(example = "西北农林科技大学乡村振兴学院固原分院") String note) {
    }

    @Schema(name = "PartnershipPatch", description = "Fields to change; absent fields stay as they are.")
    public record PartnershipPatch(
            LocalDate startedOn,
            @Schema(example = "2026-08-31") LocalDate endedOn,
            @Schema(example = "西北农林科技大学乡村振兴学院固原分院") @Size(max = 1000) String note) {
    }

    @Schema(name = "PartnershipExpertAdd")
    public record ExpertAdd(
            @NotNull UUID personId,
            @NotNull @Schema(example = "2022-03-01") LocalDate joinedOn) {
    }

    @Schema(name = "PartnershipExpertLeave")
    public record ExpertLeave(@NotNull @Schema(example = "2022-12-31") LocalDate leftOn) {
    }

    @Schema(name = "Partnership")
    public record PartnershipView(
            UUID id,
            Ref partner,
            Ref local,
            @Schema(maxLength = 12, example = "640402") String divisionCode,
            @Schema(maxLength = 100, example = "原州区") String divisionName,
            LocalDate startedOn,
            LocalDate endedOn,
            @Schema(example = "西北农林科技大学乡村振兴学院固原分院", maxLength = 1000) String note,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static PartnershipView of(Partnership p) {
            return new PartnershipView(p.id, new Ref(p.partner.id, p.partner.name), new Ref(p.local.id, p.local.name),
                    p.division.code, p.division.name, p.startedOn, p.endedOn, p.note, p.version);
        }
    }

    @Schema(name = "PartnershipExpert")
    public record ExpertView(UUID id, Ref person, LocalDate joinedOn, LocalDate leftOn) {

        static ExpertView of(PartnershipExpert e) {
            return new ExpertView(e.id, new Ref(e.person.id, e.person.name), e.joinedOn, e.leftOn);
        }
    }
}
