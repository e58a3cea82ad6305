package org.ruraltalent.demo;

import static org.ruraltalent.demo.DemoContext.chosen;
import static org.ruraltalent.demo.DemoGuyuan.spread;
import static org.ruraltalent.demo.DemoPlan.*;
import static org.ruraltalent.demo.DemoRows.Table.TEAM;
import static org.ruraltalent.demo.DemoRows.Table.TEAM_MEMBER;
import static org.ruraltalent.demo.DemoRows.Table.TEAM_SERVED_ORGANISATION;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ruraltalent.common.Uuid7;
import org.ruraltalent.demo.DemoAssignments.Host;
import org.ruraltalent.demo.DemoAssignments.Sender;
import org.ruraltalent.demo.DemoGuyuan.County;
import org.ruraltalent.demo.DemoGuyuan.Township;
import org.ruraltalent.demo.DemoGuyuan.Village;
import org.ruraltalent.demo.DemoPeople.Kind;

/**
 * Dispatch 选派: first secretaries and work teams in the villages, S&T commissioners, visiting
 * teachers and doctors, family-doctor teams and industry technical service groups.
 */
final class DemoDispatch {

    private static final String CPC = "CPC_MEMBER";
    private static final int SENIOR_DOCTOR_EVERY = 4;
    private static final int SMALL_FAMILY_DOCTOR_TEAM = 2;
    private static final int SMALL_TECH_GROUP = 3;
    private static final int SERVED_PER_GROUP = 2;
    /** The five leading industries of the "5+4", which the groups are formed around. */
    private static final int LEADING_INDUSTRIES = 5;

    private final DemoContext demo;
    private final DemoGuyuan guyuan;

    DemoDispatch(DemoContext demo) {
        this.demo = demo;
        this.guyuan = demo.guyuan();
    }

    void write() throws SQLException {
        Set<Village> withFirstSecretary = firstSecretaries();
        workTeams(withFirstSecretary);
        stCommissioners();
        teachers();
        doctors();
        familyDoctorTeams();
        techGroups();
    }

    /** One first secretary per village for most villages: the 2021 batch (completed) and the 2023 batch (serving). */
    private Set<Village> firstSecretaries() throws SQLException {
        Set<Village> served = new HashSet<>();
        for (int i = 0; i < FIRST_SECRETARIES; i++) {
            Village v = spread(guyuan.villages, i, FIRST_SECRETARIES);
            Sender sender = villageSender(i, v.county());
            UUID p = demo.people().add(Kind.CADRE, CPC, sender.organisation(), null, "CADRE");
            int batch = chosen(i, FIRST_SECRETARIES_2021, FIRST_SECRETARIES) ? 2021 : 2023;
            demo.assignments().dispatch(p, CPC, "FIRST_SECRETARY", Host.in(v, v.branch()), sender, demo.calendar().dayIn(batch, 6, 8),
                    RESIDENCY_YEARS);
            served.add(v);
        }
        return served;
    }

    /** Work-team members in every village; a village without a first secretary has a team leader instead. */
    private void workTeams(Set<Village> withFirstSecretary) throws SQLException {
        int members = VILLAGE_CADRES - FIRST_SECRETARIES;
        Set<Village> led = new HashSet<>(withFirstSecretary);
        for (int i = 0; i < members; i++) {
            Village v = spread(guyuan.villages, i, members);
            String role = led.add(v) ? "WORK_TEAM_LEADER" : "WORK_TEAM_MEMBER";
            Sender sender = villageSender(i, v.county());
            UUID p = demo.people().add(Kind.CADRE, CPC, sender.organisation(), null, "CADRE");
            int batch = chosen(i, FIRST_SECRETARIES_2021, FIRST_SECRETARIES) ? 2021 : 2023;
            demo.assignments().dispatch(p, CPC, role, Host.in(v, v.committee()), sender, demo.calendar().dayIn(batch, 6, 8),
                    RESIDENCY_YEARS);
        }
    }

    /** Cadres sent to villages come from the region, the city and the counties. */
    private Sender villageSender(int i, County county) {
        int tenth = i % 10;
        if (tenth < REGION_IN_TEN) {
            return new Sender(guyuan.city.regionAgencies(), "REGION");
        }
        return tenth < REGION_IN_TEN + CITY_IN_TEN ? new Sender(guyuan.city.organisationDepartment(), "CITY")
                : new Sender(county.organisationDepartment(), "COUNTY");
    }

    /** S&T commissioners in villages, enterprises and cooperatives; some appointed by the city, some by the region. */
    private void stCommissioners() throws SQLException {
        int notCity = 0;
        for (int i = 0; i < ST_COMMISSIONERS; i++) {
            Village v = spread(guyuan.villages, i, ST_COMMISSIONERS);
            Sender sender;
            if (chosen(i, ST_COMMISSIONERS_CITY, ST_COMMISSIONERS)) {
                sender = new Sender(guyuan.city.scienceBureau(), "CITY");
            } else if (chosen(notCity++, ST_COMMISSIONERS_REGION, ST_COMMISSIONERS - ST_COMMISSIONERS_CITY)) {
                sender = new Sender(guyuan.city.regionScience(), "REGION");
            } else {
                sender = new Sender(v.county().scienceBureau(), "COUNTY");
            }
            UUID host = i % ST_AT_BUSINESS_EVERY == 0 ? demo.agriculturalBusiness(v, i) : v.committee();
            UUID p = demo.people().add(Kind.SCIENTIST, null, sender.organisation(), null, "ST_COMMISSIONER", "AGRICULTURAL_TECHNICIAN");
            demo.assignments().dispatch(p, null, "ST_COMMISSIONER", Host.in(v, host), sender, demo.calendar().day(), VISITING_YEARS);
        }
    }

    /** Principals and teachers from city and county schools, a year at a township school. */
    private void teachers() throws SQLException {
        for (int i = 0; i < TEACHERS; i++) {
            Township t = spread(guyuan.townships, i, TEACHERS);
            boolean principal = i % PRINCIPAL_EVERY == 0;
            Sender sender = i % CITY_TEACHER_EVERY == 0 ? new Sender(guyuan.city.school(), "CITY")
                    : new Sender(t.county().school(), "COUNTY");
            Kind kind = principal ? Kind.PRINCIPAL : i % 2 == 0 ? Kind.TEACHER : Kind.YOUNG_TEACHER;
            UUID p = demo.people().add(kind, null, sender.organisation(), null, principal ? "PRINCIPAL" : "TEACHER");
            UUID school = i % 2 == 0 ? t.primarySchool() : t.middleSchool();
            demo.assignments().dispatch(p, null, principal ? "VISITING_PRINCIPAL" : "VISITING_TEACHER", Host.in(t, school), sender,
                    demo.calendar().day(), VISITING_YEARS);
        }
    }

    /** Doctors with an intermediate title or above from the city's 3A and the counties' 2A hospitals; and a few junior ones. */
    private void doctors() throws SQLException {
        for (int i = 0; i < DOCTORS + JUNIOR_VISITING_DOCTORS; i++) {
            Township t = spread(guyuan.townships, i, DOCTORS + JUNIOR_VISITING_DOCTORS);
            boolean junior = i >= DOCTORS;
            Sender sender = !junior && i % CITY_DOCTOR_EVERY == 0 ? new Sender(guyuan.city.hospital(), "CITY")
                    : new Sender(t.county().hospital(), "COUNTY");
            Kind kind = junior ? Kind.JUNIOR_DOCTOR : i % SENIOR_DOCTOR_EVERY == 0 ? Kind.SENIOR_DOCTOR : Kind.DOCTOR;
            UUID p = demo.people().add(kind, null, sender.organisation(), null, "DOCTOR");
            demo.assignments().dispatch(p, null, "VISITING_DOCTOR", Host.in(t, t.healthCentre()), sender, demo.calendar().day(),
                    VISITING_YEARS);
        }
    }

    /** Family-doctor contract teams of two or three, based at the township health centres. */
    private void familyDoctorTeams() throws SQLException {
        int larger = FAMILY_DOCTOR_MEMBERS - SMALL_FAMILY_DOCTOR_TEAM * FAMILY_DOCTOR_TEAMS;
        Map<Township, Integer> numbers = new HashMap<>();
        for (int i = 0; i < FAMILY_DOCTOR_TEAMS; i++) {
            Township t = spread(guyuan.townships, i, FAMILY_DOCTOR_TEAMS);
            int number = numbers.merge(t, 1, Integer::sum);
            LocalDate formed = demo.calendar().dayIn(2021 + i % 2);
            UUID team = team(t.name() + "家庭医生签约服务团队第" + number + "队", "FAMILY_DOCTOR_TEAM", t.id(), formed);
            int size = SMALL_FAMILY_DOCTOR_TEAM + (chosen(i, larger, FAMILY_DOCTOR_TEAMS) ? 1 : 0);
            for (int m = 0; m < size; m++) {
                UUID p = demo.people().add(m == 0 ? Kind.DOCTOR : Kind.JUNIOR_DOCTOR, null, t.healthCentre(), null, "DOCTOR");
                member(team, p, m == 0, formed);
            }
        }
    }

    /** Industry technical service groups of each county, stationed at the farming businesses they serve. */
    private void techGroups() throws SQLException {
        int larger = TECH_GROUP_TECHNICIANS - SMALL_TECH_GROUP * TECH_GROUPS;
        int servingMore = TECH_GROUP_SERVED - SERVED_PER_GROUP * TECH_GROUPS;
        Map<County, Integer> numbers = new HashMap<>();
        int business = 0;
        for (int i = 0; i < TECH_GROUPS; i++) {
            County county = spread(guyuan.villages, i, TECH_GROUPS).county();
            int number = numbers.merge(county, 1, Integer::sum);
            String industry = INDUSTRIES.get(i % LEADING_INDUSTRIES).nameZh();
            LocalDate formed = demo.calendar().dayIn(2021, 3, 5);
            UUID team = team(county.name() + industry + "产业技术服务组第" + number + "组", "INDUSTRY_TECH_GROUP", county.id(), formed);
            int size = SMALL_TECH_GROUP + (chosen(i, larger, TECH_GROUPS) ? 1 : 0);
            for (int m = 0; m < size; m++) {
                UUID p = demo.people().add(Kind.AGRONOMIST, null, county.agriculturalCentre(), null, "AGRICULTURAL_TECHNICIAN");
                member(team, p, m == 0, formed);
            }
            List<Village> villages = guyuan.villagesOf(county);
            int served = SERVED_PER_GROUP + (chosen(i, servingMore, TECH_GROUPS) ? 1 : 0);
            for (int s = 0; s < served; s++, business++) {
                Village v = villages.get(business % villages.size());
                demo.rows().add(TEAM_SERVED_ORGANISATION, team, demo.agriculturalBusiness(v, business));
            }
        }
    }

    private UUID team(String name, String type, UUID division, LocalDate formed) throws SQLException {
        UUID id = Uuid7.next();
        demo.rows().add(TEAM, id, name, type, division, formed);
        return id;
    }

    private void member(UUID team, UUID person, boolean leader, LocalDate joined) throws SQLException {
        demo.rows().add(TEAM_MEMBER, Uuid7.next(), team, person, leader ? "LEADER" : "MEMBER", joined);
    }
}
