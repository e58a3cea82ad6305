package org.ruraltalent.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Ref;
import org.ruraltalent.personnel.Education;
import org.ruraltalent.personnel.TalentCategory;

/** Request and response bodies of /api/v1/training-programmes and their sessions and enrolments. */
public final class TrainingDtos {

    private TrainingDtos() {
    }

    @Schema(name = "TrainingProgrammeCreate")
    public record ProgrammeCreate(
            @NotBlank @Size(max = 200) @Schema(example = "2023年村干部任职培训") String name,
            @NotNull @Schema(example = "ONBOARDING") ProgrammeType type,
            @Schema(description = "Organisation giving the training (for a degree upgrade, the school).") UUID providerOrganisationId,
            @Size(max = 12) @NotBlank @Schema(example = "640400", description = "Division the programme is organised for; decides who may see it.") String divisionCode,
            @Size(max = 200) @Schema(example = "冷凉蔬菜种植") String subject,
            @NotNull @Min(1949) @Max(2200) @Schema(example = "2023") Integer year,
            @Size(max = 20) @Schema(example = "[\"VILLAGE_COMMITTEE_MEMBER\"]") Set<@NotNull TalentCategory> targetCategories,
            @Schema(example = "结业考核合格者发放证书") @Size(max = 1000) String note,
            @Schema(description = "For EXPERT_LECTURE programmes: the partnership that provides the lectures.") UUID partnershipId) {
    }

    @Schema(name = "TrainingProgrammePatch", description = "Fields to change; absent fields stay as they are.")
    public record ProgrammePatch(
            @Schema(example = "2023年村干部任职培训") @Size(min = 1, max = 200) String name,
            UUID providerOrganisationId,
            @Schema(example = "冷凉蔬菜种植") @Size(max = 200) String subject,
            @Schema(example = "2023") @Min(1949) @Max(2200) Integer year,
            @Schema(example = "[\"VILLAGE_COMMITTEE_MEMBER\"]") @Size(max = 20) Set<@NotNull TalentCategory> targetCategories,
            @Schema(example = "结业考核合格者发放证书") @Size(max = 1000) String note) {
    }

    @Schema(name = "TrainingProgramme")
    public record ProgrammeView(UUID id, @Schema(example = "2023年村干部任职培训", maxLength = 200) String name, ProgrammeType type, Ref provider,
            @Schema(maxLength = 12, example = "640400") String divisionCode, @Schema(example = "冷凉蔬菜种植", maxLength = 200) String subject, @Schema(example = "2023", minimum = "1949", maximum = "2200") int year, @Schema(example = "[\"VILLAGE_COMMITTEE_MEMBER\"]", maxItems = 20) Set<TalentCategory> targetCategories,
            @Schema(example = "结业考核合格者发放证书", maxLength = 1000) String note, UUID partnershipId, @Schema(example = "3") long version) implements Etags.Versioned {

        static ProgrammeView of(TrainingProgramme p) {
            return new ProgrammeView(p.id, p.name, p.type, p.provider == null ? null : new Ref(p.provider.id, p.provider.name),
                    p.division.code, p.subject, p.year, new TreeSet<>(p.targetCategories), p.note,
                    p.partnership == null ? null : p.partnership.id, p.version);
        }
    }

    @Schema(name = "TrainingSessionCreate")
    public record SessionCreate(
            @NotBlank @Size(max = 200) @Schema(example = "第1期") String title,
            @NotNull @Schema(example = "2023-04-10") LocalDate startsOn,
            @NotNull @Schema(example = "2023-04-14") LocalDate endsOn,
            @Size(max = 200) @Schema(example = "固原市委党校") String place,
            @Max(100000) @Positive @Schema(example = "85", description = "Seats; absent means unlimited.") Integer capacity,
            @Max(100000) @PositiveOrZero @Schema(example = "0", description = "People present who are not in the registry (mass trainings).") Integer headCount) {
    }

    @Schema(name = "TrainingSessionPatch", description = "Fields to change; absent fields stay as they are.")
    public record SessionPatch(
            @Schema(example = "第1期") @Size(min = 1, max = 200) String title,
            LocalDate startsOn,
            LocalDate endsOn,
            @Schema(example = "固原市委党校") @Size(max = 200) String place,
            @Schema(example = "85") @Max(100000) @Positive Integer capacity,
            @Max(100000) @PositiveOrZero @Schema(example = "320") Integer headCount) {
    }

    @Schema(name = "TrainingSession")
    public record SessionView(UUID id, UUID programmeId, @Schema(example = "第1期", maxLength = 200) String title, LocalDate startsOn, LocalDate endsOn, @Schema(example = "固原市委党校", maxLength = 200) String place,
            @Schema(example = "85", minimum = "1", maximum = "100000") Integer capacity, @Schema(example = "0", minimum = "0", maximum = "100000") int headCount,
            @Schema(example = "40", minimum = "0", maximum = "2147483647", description = "Enrolments holding a seat (all but WITHDRAWN).") int enrolledCount,
            @Schema(example = "false") boolean closed, @Schema(example = "3") long version) implements Etags.Versioned {

        static SessionView of(TrainingSession s) {
            return new SessionView(s.id, s.programme.id, s.title, s.startsOn, s.endsOn, s.place, s.capacity, s.headCount,
                    s.enrolledCount, s.closed, s.version);
        }
    }

    @Schema(name = "DegreeStudy", description = "For degree-upgrade programmes only: the study the enrolment stands for.")
    public record DegreeStudy(
            @NotNull @Schema(example = "JUNIOR_COLLEGE") Education targetDegree,
            @Schema(description = "Awarding institution; the programme's provider when absent.") UUID institutionId,
            @Schema(example = "2025-07-01") LocalDate expectedGraduation,
            @Schema(example = "2025-07-01") LocalDate actualGraduation,
            @Schema(example = "STUDYING", description = "STUDYING when absent; GRADUATED needs actualGraduation.") StudyStatus studyStatus) {
    }

    @Schema(name = "DegreeStudyView")
    public record DegreeStudyView(Education targetDegree, Ref institution, LocalDate expectedGraduation,
            LocalDate actualGraduation, StudyStatus studyStatus) {
    }

    @Schema(name = "EnrolmentCreate")
    public record EnrolmentCreate(
            @NotNull UUID personId,
            @Schema(example = "2023-04-01", description = "Defaults to today; not after the session ends.") LocalDate enrolledOn,
            @Valid DegreeStudy degree) {
    }

    @Schema(name = "EnrolmentPatch", description = "Fields to change; absent fields stay as they are.")
    public record EnrolmentPatch(
            @Schema(example = "COMPLETED") EnrolmentStatus status,
            @DecimalMin("0.0") @Digits(integer = 5, fraction = 1) @Schema(example = "32.0") BigDecimal hours,
            @Size(max = 200) @Schema(example = "合格") String result,
            @Size(max = 100) @Schema(example = "GYPX-2023-0001") String certificateNumber,
            @Valid DegreeStudy degree) {
    }

    @Schema(name = "Enrolment")
    public record EnrolmentView(UUID id, UUID programmeId, UUID sessionId, Ref person, EnrolmentStatus status,
            LocalDate enrolledOn, @Schema(example = "32.0") BigDecimal hours, @Schema(example = "合格", maxLength = 200) String result, @Schema(example = "GYPX-2023-0001", maxLength = 100) String certificateNumber, DegreeStudyView degree,
            @Schema(example = "3") long version) implements Etags.Versioned {

        static EnrolmentView of(Enrolment e) {
            DegreeStudyView degree = e.targetDegree == null ? null
                    : new DegreeStudyView(e.targetDegree,
                            e.institution == null ? null : new Ref(e.institution.id, e.institution.name),
                            e.expectedGraduation, e.actualGraduation, e.studyStatus);
            return new EnrolmentView(e.id, e.session.programme.id, e.session.id, new Ref(e.person.id, e.person.name),
                    e.status, e.enrolledOn, e.hours, e.result, e.certificateNumber, degree, e.version);
        }
    }

    @Schema(name = "AttendanceRecord")
    public record AttendanceRecord(
            @NotNull UUID personId,
            @NotNull @Schema(example = "COMPLETED") EnrolmentStatus status,
            @DecimalMin("0.0") @Digits(integer = 5, fraction = 1) @Schema(example = "32.0") BigDecimal hours,
            @Schema(example = "合格") @Size(max = 200) String result,
            @Schema(example = "GYPX-2023-0001") @Size(max = 100) String certificateNumber) {
    }

    @Schema(name = "Attendance", description = "A whole session's attendance or results; applied all or nothing.")
    public record Attendance(@NotEmpty @Size(max = 2000) List<@Valid @NotNull AttendanceRecord> records) {
    }

    @Schema(name = "PersonTraining", description = "One line of a person's training record.")
    public record PersonTrainingView(UUID programmeId, @Schema(example = "2023年冷凉蔬菜种植技术培训", maxLength = 200) String programme, ProgrammeType type, @Schema(example = "2023", minimum = "1949", maximum = "2200") int year, UUID sessionId,
            @Schema(example = "第1期", maxLength = 200) String session, LocalDate startsOn, LocalDate endsOn, EnrolmentView enrolment) {

        static PersonTrainingView of(Enrolment e) {
            TrainingSession s = e.session;
            return new PersonTrainingView(s.programme.id, s.programme.name, s.programme.type, s.programme.year, s.id,
                    s.title, s.startsOn, s.endsOn, EnrolmentView.of(e));
        }
    }
}
