package org.ruraltalent.demo;

import static org.ruraltalent.demo.DemoRows.Table.ASSIGNMENT;
import static org.ruraltalent.demo.DemoRows.Table.ASSIGNMENT_TRANSITION;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.ruraltalent.common.Uuid7;

/**
 * Assignments with their history, as the service would have recorded them: planned, then
 * active from the start; a term that ended before the report's date is completed on its
 * planned end, the others are still active. The person's political status is copied as the
 * service copies it (fk_assignment_person_party).
 */
final class DemoAssignments {

    /** Where an assignment is hosted: the organisation, its division and that division's level. */
    record Host(UUID organisation, UUID division, String level) {

        static Host in(DemoGuyuan.Village village, UUID organisation) {
            return new Host(organisation, village.id(), "VILLAGE");
        }

        static Host in(DemoGuyuan.Township township, UUID organisation) {
            return new Host(organisation, township.id(), "TOWNSHIP");
        }
    }

    /** Who sent a dispatched person: the organisation and its level. */
    record Sender(UUID organisation, String level) {
    }

    static final String ACTOR = "demo-data";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final LocalTime OFFICE_HOURS = LocalTime.of(9, 0);

    private final DemoRows rows;

    DemoAssignments(DemoRows rows) {
        this.rows = rows;
    }

    /** A dispatch (选派): sent by {@code sender}, for {@code years} from {@code start}. */
    UUID dispatch(UUID person, String party, String role, Host host, Sender sender, LocalDate start, int years) throws SQLException {
        return write(person, party, role, host, sender, start, years);
    }

    /** A local post (village committee, special agricultural technician): nobody sends it. */
    UUID local(UUID person, String party, String role, Host host, LocalDate start, int years) throws SQLException {
        return write(person, party, role, host, null, start, years);
    }

    private UUID write(UUID person, String party, String role, Host host, Sender sender, LocalDate start, int years)
            throws SQLException {
        UUID id = Uuid7.next();
        LocalDate plannedEnd = start.plusYears(years);
        boolean completed = plannedEnd.isBefore(DemoPlan.REPORT_DATE);
        rows.add(ASSIGNMENT, id, person, party, role, host.organisation, host.division, host.level,
                sender == null ? null : sender.organisation, sender == null ? null : sender.level,
                sender == null ? null : start.getYear(), start, plannedEnd, completed ? plannedEnd : null,
                completed ? "COMPLETED" : "ACTIVE");
        transition(id, null, "PLANNED", start);
        transition(id, "PLANNED", "ACTIVE", start);
        if (completed) {
            transition(id, "ACTIVE", "COMPLETED", plannedEnd);
        }
        return id;
    }

    private void transition(UUID assignment, String from, String to, LocalDate effective) throws SQLException {
        rows.add(ASSIGNMENT_TRANSITION, Uuid7.next(), assignment, from, to, effective, ACTOR,
                OffsetDateTime.of(effective, OFFICE_HOURS, CHINA));
    }
}
