package org.ruraltalent.project;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Ref;
import org.ruraltalent.common.Yuan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Request and response bodies of /api/v1/talent-projects. Amounts in yuan are decimal strings
 * with two decimals ({@link Yuan}), in requests and answers alike.
 */
public final class ProjectDtos {

    private ProjectDtos() {
    }

    private static final String AMOUNT_DOC = "Yuan as a decimal string, at most 12 integer digits and 2 decimals, not negative "
            + "(a JSON number is refused, so no client rounds it through a float). Answers always carry 2 decimals.";

    @Schema(name = "TalentProjectCreate")
    public record ProjectCreate(
            @NotBlank @Size(max = 200) @Schema(example = "冷凉蔬菜良种繁育人才团队项目") String title,
            @Size(max = 40) @NotBlank @Schema(example = "COOL_VEGETABLES", description = "Code of an active industry.") String industryCode,
            @NotNull @Schema(description = "The lead organisation; the project is counted where it is.") UUID leadOrganisationId,
            @NotNull @PositiveOrZero(message = "{validation.yuan.negative}") @Digits(integer = 12, fraction = 2, message = "{validation.yuan}")
            @JsonSerialize(using = Yuan.Serializer.class) @JsonDeserialize(using = Yuan.Deserializer.class)
            @Schema(maxLength = 15, type = SchemaType.STRING, pattern = Yuan.PATTERN, example = Yuan.EXAMPLE, description = AMOUNT_DOC) BigDecimal fundingAmount,
            @NotNull @Schema(example = "CITY") FundingLevel fundingLevel,
            @NotNull @Min(1949) @Max(2200) @Schema(example = "2023") Integer year,
            @Schema(example = "FUNDED", description = "PROPOSED by default.") ProjectStatus status,
            @Size(max = 200) @Schema(example = "[\"01a2225a-7903-7c46-8bcd-36f2742e09de\"]", description = "The people working on it.") Set<@NotNull UUID> personIds,
            @Schema(example = "市级人才项目资助，分三年拨付") @Size(max = 1000) String note) {
    }

    @Schema(name = "TalentProjectPatch", description = "Fields to change; absent fields stay as they are. personIds, when given, replaces the list.")
    public record ProjectPatch(
            @Schema(example = "冷凉蔬菜良种繁育人才团队项目") @Size(min = 1, max = 200) String title,
            @Size(max = 40) @Schema(example = "COOL_VEGETABLES") String industryCode,
            UUID leadOrganisationId,
            @PositiveOrZero(message = "{validation.yuan.negative}") @Digits(integer = 12, fraction = 2, message = "{validation.yuan}")
            @JsonSerialize(using = Yuan.Serializer.class) @JsonDeserialize(using = Yuan.Deserializer.class)
            @Schema(maxLength = 15, type = SchemaType.STRING, pattern = Yuan.PATTERN, example = Yuan.EXAMPLE, description = AMOUNT_DOC) BigDecimal fundingAmount,
            FundingLevel fundingLevel,
            @Schema(example = "2023") @Min(1949) @Max(2200) Integer year,
            ProjectStatus status,
            @Schema(example = "[\"01a2225a-7903-7c46-8bcd-36f2742e09de\"]") @Size(max = 200) Set<@NotNull UUID> personIds,
            @Schema(example = "市级人才项目资助，分三年拨付") @Size(max = 1000) String note) {
    }

    @Schema(name = "TalentProject")
    public record ProjectView(
            UUID id,
            @Schema(example = "冷凉蔬菜良种繁育人才团队项目", maxLength = 200) String title,
            @Schema(maxLength = 40, example = "COOL_VEGETABLES") String industryCode,
            @Schema(maxLength = 100, example = "冷凉蔬菜") String industryName,
            Ref leadOrganisation,
            @Schema(maxLength = 12, example = "640402") String divisionCode,
            @Schema(maxLength = 100, example = "原州区") String divisionName,
            @JsonSerialize(using = Yuan.Serializer.class)
            @Schema(maxLength = 15, type = SchemaType.STRING, pattern = Yuan.PATTERN, example = Yuan.EXAMPLE, description = "Yuan, exact, two decimals.") BigDecimal fundingAmount,
            FundingLevel fundingLevel,
            @Schema(example = "2023", minimum = "1949", maximum = "2200") int year,
            ProjectStatus status,
            @Schema(maxItems = 200) List<Ref> people,
            @Schema(example = "市级人才项目资助，分三年拨付", maxLength = 1000) String note,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static ProjectView of(TalentProject p) {
            return new ProjectView(p.id, p.title, p.industry.code, p.industry.nameZh, new Ref(p.lead.id, p.lead.name),
                    p.division.code, p.division.name, p.fundingAmount, p.fundingLevel, p.year, p.status,
                    p.people.stream().map(x -> new Ref(x.id, x.name)).sorted(Comparator.comparing(Ref::id)).toList(),
                    p.note, p.version);
        }
    }

    @Schema(name = "FundingSum", description = "Projects and their funding in one group.")
    public record FundingSum(
            @Schema(maxLength = 60, example = "COOL_VEGETABLES", description = "The industry code, funding level or year.") String key,
            @Schema(maxLength = 200, example = "冷凉蔬菜", description = "The industry's or level's Chinese name; the year again for years.") String label,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "17") long projects,
            @JsonSerialize(using = Yuan.Serializer.class)
            @Schema(maxLength = 24, type = SchemaType.STRING, example = Yuan.EXAMPLE, description = "Sum of the funding in yuan, exact, computed by the database.") BigDecimal funding) {
    }

    @Schema(name = "FundingSums")
    public record FundingSums(
            @Schema(maxLength = 20, example = "industry") String groupBy,
            List<FundingSum> groups,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "17") long projects,
            @JsonSerialize(using = Yuan.Serializer.class)
            @Schema(maxLength = 24, type = SchemaType.STRING, example = Yuan.EXAMPLE, description = "Sum over all groups, exact.") BigDecimal funding) {
    }

    /** What the funding sums may be grouped by. */
    public enum GroupBy {
        INDUSTRY, LEVEL, YEAR
    }
}
