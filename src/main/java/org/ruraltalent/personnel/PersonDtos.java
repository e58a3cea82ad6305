package org.ruraltalent.personnel;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Ref;
import org.ruraltalent.common.MobileNumber;
import org.ruraltalent.common.NationalId;

/** Request and response bodies of /api/v1/personnel. */
public final class PersonDtos {

    private PersonDtos() {
    }

    @Schema(name = "PersonCreate")
    public record PersonCreate(
            @NotBlank @Size(max = 50) @Schema(example = "马志强") String name,
            @Size(max = 18) @NotBlank @NationalId @Schema(example = "640402198507150017", description = "GB 11643, check digit and birth date validated; stored encrypted, shown masked.") String nationalId,
            @Schema(example = "MALE", description = "Taken from the ID number when absent; must agree with it when given.") Gender gender,
            @Past @Schema(example = "1985-07-15", description = "Taken from the ID number when absent; must agree with it when given.") LocalDate birthDate,
            @Schema(example = "HUI") EthnicGroup ethnicGroup,
            @Size(max = 11) @MobileNumber @Schema(example = "13895012345", description = "Stored encrypted, shown masked.") String mobile,
            @Schema(example = "BACHELOR") Education education,
            @Schema(example = "BACHELOR") Degree degree,
            @Schema(example = "CPC_MEMBER") PoliticalStatus politicalStatus,
            @Size(max = 100) @Schema(example = "农艺师") String professionalTitle,
            @Schema(example = "INTERMEDIATE") TitleLevel titleLevel,
            @Schema(description = "Organisation the person works for.") UUID employerId,
            @Size(max = 12) @Schema(example = "640402", description = "Division code of the person's home (for returnees: where they returned to).") String homeDivisionCode,
            @Size(max = 20) @Schema(example = "[\"CADRE\"]") Set<@NotNull TalentCategory> categories,
            @Size(max = 20) @Schema(example = "[\"马铃薯种植\"]") Set<@NotBlank @Size(max = 100) String> specialties) {
    }

    @Schema(name = "PersonPatch", description = "Fields to change; absent fields stay as they are.")
    public record PersonPatch(
            @Schema(example = "马志强") @Size(min = 1, max = 50) String name,
            @Schema(example = "640402198507150017") @Size(max = 18) @NationalId String nationalId,
            Gender gender,
            @Past LocalDate birthDate,
            EthnicGroup ethnicGroup,
            @Schema(example = "13895012345") @Size(max = 11) @MobileNumber String mobile,
            Education education,
            Degree degree,
            PoliticalStatus politicalStatus,
            @Schema(example = "农艺师") @Size(max = 100) String professionalTitle,
            TitleLevel titleLevel,
            UUID employerId,
            @Schema(example = "640402") @Size(max = 12) String homeDivisionCode,
            @Schema(example = "[\"CADRE\"]") @Size(max = 20) Set<@NotNull TalentCategory> categories,
            @Schema(example = "[\"马铃薯种植\"]") @Size(max = 20) Set<@NotBlank @Size(max = 100) String> specialties) {
    }

    @Schema(name = "PersonDeactivation")
    public record PersonDeactivation(
            @NotBlank @Size(max = 500) @Schema(example = "调离本市") String reason,
            @PastOrPresent @Schema(example = "2026-11-01", description = "Defaults to today.") LocalDate effectiveOn) {
    }


    @Schema(name = "Person")
    public record PersonView(
            UUID id,
            @Schema(maxLength = 50, example = "马志强") String name,
            @Schema(maxLength = 18, example = "640402********0017", description = "Masked unless the caller may read personal data.") String nationalId,
            Gender gender,
            @Schema(description = "Only for callers who may read personal data: with the region and the last four "
                    + "characters shown in the masked ID, the birth date would give the whole number away.") LocalDate birthDate,
            @Schema(minimum = "1850", maximum = "2200", example = "1985") int birthYear,
            EthnicGroup ethnicGroup,
            @Schema(maxLength = 11, example = "138****2345", description = "Masked unless the caller may read personal data.") String mobile,
            Education education,
            Degree degree,
            PoliticalStatus politicalStatus,
            @Schema(example = "农艺师", maxLength = 100) String professionalTitle,
            TitleLevel titleLevel,
            Ref employer,
            @Schema(maxLength = 12, example = "640402") String homeDivisionCode,
            @Schema(example = "[\"CADRE\"]", maxItems = 20) Set<TalentCategory> categories,
            @Schema(example = "[\"马铃薯种植\"]", maxItems = 20) Set<@Size(max = 100) String> specialties,
            PersonStatus status,
            LocalDate deactivatedOn,
            @Schema(example = "调离本市", maxLength = 500) String deactivationReason,
            @Schema(example = "3") long version) implements Etags.Versioned {
    }
}
