package org.ruraltalent.training;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Problems;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.personnel.TalentCategory;
import org.ruraltalent.security.DataScope;

/** Training programmes and their sessions. Who may see them follows the programme's division. */
@ApplicationScoped
public class TrainingService {

    @Inject
    DivisionService divisions;
    @Inject
    OrganisationService organisations;
    @Inject
    DataScope scope;
    @Inject
    org.ruraltalent.partnership.PartnershipService partnerships;

    public Optional<TrainingProgramme> find(UUID id) {
        // With its division in the same statement: the scope check and the audit trail of every
        // session and enrolment written under it read the division's path (a lazy read was a
        // statement of its own on each enrolment; docs/PERFORMANCE.md).
        return TrainingProgramme.<TrainingProgramme>find("from TrainingProgramme p join fetch p.division where p.id = ?1", id)
                .firstResultOptional().filter(p -> scope.covers(p.division));
    }

    TrainingProgramme load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("training-programme", id));
    }

    /**
     * A session of a programme the caller may see; a session of another programme is not found.
     * Read with its programme and the programme's division in one statement (every enrolment
     * starts here); only when that finds nothing is the programme read alone, to say which is missing.
     */
    TrainingSession session(UUID programmeId, UUID sessionId) {
        return TrainingSession.<TrainingSession>find("from TrainingSession s join fetch s.programme p join fetch p.division"
                + " where s.id = ?1 and p.id = ?2", sessionId, programmeId)
                .firstResultOptional().filter(s -> scope.covers(s.programme.division))
                .orElseThrow(() -> {
                    load(programmeId);
                    return Problems.notFound("training-session", sessionId);
                });
    }

    public TrainingDtos.ProgrammeView get(UUID id) {
        return TrainingDtos.ProgrammeView.of(load(id));
    }

    public Page<TrainingDtos.ProgrammeView> list(ProgrammeType type, String division, Integer year, TalentCategory category,
            UUID partnership, PageRequest page) {
        String within = divisions.within("division", division);
        return new Filter()
                .join("join fetch p.division d")
                .scoped(scope.likePattern(), "d.path like :scope")
                .when(type, "p.type = :type", "type")
                .when(within, "d.path like :within", "within")
                .when(year, "p.year = :year", "year")
                .when(category, ":category member of p.targetCategories", "category")
                .when(partnership, "p.partnership.id = :partnership", "partnership")
                .page(TrainingProgramme.class, "p", page, p -> p.id, TrainingDtos.ProgrammeView::of);
    }

    @Transactional
    public TrainingDtos.ProgrammeView create(@Valid TrainingDtos.ProgrammeCreate in) {
        TrainingProgramme p = new TrainingProgramme();
        p.name = in.name().strip();
        p.type = in.type();
        p.division = divisions.referenced("divisionCode", in.divisionCode());
        if (!scope.covers(p.division)) {
            throw Problems.invalidField("divisionCode", "UnknownDivision", "field.unknown-division", in.divisionCode());
        }
        p.provider = in.providerOrganisationId() == null ? null
                : organisations.referenced("providerOrganisationId", in.providerOrganisationId());
        p.subject = in.subject();
        p.year = in.year();
        p.note = in.note();
        if (in.targetCategories() != null) {
            p.targetCategories.addAll(in.targetCategories());
        }
        if (in.partnershipId() != null) {
            if (p.type != ProgrammeType.EXPERT_LECTURE) {
                throw Problems.invalidField("partnershipId", "ExpertLecture", "training.partnership.lectures-only");
            }
            p.partnership = partnerships.referenced("partnershipId", in.partnershipId());
        }
        p.persistAndFlush();
        return TrainingDtos.ProgrammeView.of(p);
    }

    @Transactional
    public TrainingDtos.ProgrammeView update(UUID id, String ifMatch, @Valid TrainingDtos.ProgrammePatch in) {
        TrainingProgramme p = load(id);
        Etags.require(ifMatch, p);
        if (in.name() != null) {
            p.name = in.name().strip();
        }
        if (in.providerOrganisationId() != null) {
            p.provider = organisations.referenced("providerOrganisationId", in.providerOrganisationId());
        }
        if (in.subject() != null) {
            p.subject = in.subject();
        }
        if (in.year() != null) {
            p.year = in.year();
        }
        if (in.note() != null) {
            p.note = in.note();
        }
        if (in.targetCategories() != null) {
            p.targetCategories.retainAll(in.targetCategories());
            p.targetCategories.addAll(in.targetCategories());
        }
        p.flush();
        return TrainingDtos.ProgrammeView.of(p);
    }

    public TrainingDtos.SessionView getSession(UUID programmeId, UUID sessionId) {
        return TrainingDtos.SessionView.of(session(programmeId, sessionId));
    }

    public Page<TrainingDtos.SessionView> sessions(UUID programmeId, PageRequest page) {
        TrainingProgramme programme = load(programmeId);
        return new Filter()
                .when(programme, "s.programme = :programme", "programme")
                .page(TrainingSession.class, "s", page, s -> s.id, TrainingDtos.SessionView::of);
    }

    @Transactional
    public TrainingDtos.SessionView addSession(UUID programmeId, @Valid TrainingDtos.SessionCreate in) {
        TrainingSession s = new TrainingSession();
        s.programme = load(programmeId);
        s.title = in.title().strip();
        s.startsOn = in.startsOn();
        s.endsOn = in.endsOn();
        s.place = in.place();
        s.capacity = in.capacity();
        s.headCount = in.headCount() == null ? 0 : in.headCount();
        checkDates(s);
        s.persistAndFlush();
        return TrainingDtos.SessionView.of(s);
    }

    /** A smaller capacity than the seats already taken is refused by ck_session_capacity (422). */
    @Transactional
    public TrainingDtos.SessionView updateSession(UUID programmeId, UUID sessionId, String ifMatch,
            @Valid TrainingDtos.SessionPatch in) {
        TrainingSession s = session(programmeId, sessionId);
        Etags.require(ifMatch, s);
        if (in.title() != null) {
            s.title = in.title().strip();
        }
        if (in.startsOn() != null) {
            s.startsOn = in.startsOn();
        }
        if (in.endsOn() != null) {
            s.endsOn = in.endsOn();
        }
        if (in.place() != null) {
            s.place = in.place();
        }
        if (in.capacity() != null) {
            if (in.capacity() < s.enrolledCount) {
                throw Problems.invalidField("capacity", "NotBelowEnrolled", "training.capacity-below-enrolled", s.enrolledCount);
            }
            s.capacity = in.capacity();
        }
        if (in.headCount() != null) {
            s.headCount = in.headCount();
        }
        checkDates(s);
        s.flush();
        return TrainingDtos.SessionView.of(s);
    }

    /** After closing, nobody more may enrol; results may still be recorded. */
    @Transactional
    public TrainingDtos.SessionView close(UUID programmeId, UUID sessionId, String ifMatch) {
        TrainingSession s = session(programmeId, sessionId);
        Etags.require(ifMatch, s);
        if (s.closed) {
            throw Problems.invalidField("closed", "AlreadyClosed", "training.session-closed");
        }
        s.closed = true;
        s.flush();
        return TrainingDtos.SessionView.of(s);
    }

    private static void checkDates(TrainingSession s) {
        if (s.endsOn.isBefore(s.startsOn)) {
            throw Problems.invalidField("endsOn", "NotBeforeStart", "training.ends-before-start", s.startsOn.toString());
        }
    }
}
