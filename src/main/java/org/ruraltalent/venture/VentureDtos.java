package org.ruraltalent.venture;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Ref;

/** Request and response bodies of /api/v1/ventures. */
public final class VentureDtos {

    private VentureDtos() {
    }

    @Schema(name = "VentureCreate")
    public record VentureCreate(
            @NotNull @Schema(description = "The founder: a person with the RETURNEE category.") UUID founderId,
            @NotBlank @Size(max = 200) @Schema(example = "彭阳县红河镇樱桃采摘园") String name,
            @NotNull @Schema(example = "PICKING_GARDEN") VentureKind kind,
            @Size(max = 12) @NotBlank @Schema(example = "640425", description = "Where the venture is.") String divisionCode,
            @NotNull @PastOrPresent @Schema(example = "2022-04-18") LocalDate foundedOn,
            @PositiveOrZero @Max(1000000) @Schema(example = "12", description = "People it employs (0 by default).") Integer peopleEmployed,
            @Schema(example = "带动本村劳动力就业") @Size(max = 1000) String note) {
    }

    @Schema(name = "VenturePatch", description = "Fields to change; absent fields stay as they are.")
    public record VenturePatch(
            @Schema(example = "彭阳县红河镇樱桃采摘园") @Size(min = 1, max = 200) String name,
            VentureKind kind,
            @Size(max = 12) @Schema(example = "640425") String divisionCode,
            @PastOrPresent LocalDate foundedOn,
            @Schema(example = "12") @PositiveOrZero @Max(1000000) Integer peopleEmployed,
            @Schema(example = "带动本村劳动力就业") @Size(max = 1000) String note) {
    }

    @Schema(name = "Venture")
    public record VentureView(
            UUID id,
            Ref founder,
            @Schema(example = "彭阳县红河镇樱桃采摘园", maxLength = 200) String name,
            VentureKind kind,
            @Schema(maxLength = 12, example = "640425") String divisionCode,
            @Schema(maxLength = 100, example = "彭阳县") String divisionName,
            LocalDate foundedOn,
            @Schema(example = "12", minimum = "0", maximum = "1000000") int peopleEmployed,
            @Schema(example = "带动本村劳动力就业", maxLength = 1000) String note,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static VentureView of(Venture v) {
            return new VentureView(v.id, new Ref(v.founder.id, v.founder.name), v.name, v.kind, v.division.code,
                    v.division.name, v.foundedOn, v.peopleEmployed, v.note, v.version);
        }
    }
}
