package org.ruraltalent.demo;

import static org.ruraltalent.demo.DemoGuyuan.spread;
import static org.ruraltalent.demo.DemoPlan.*;
import static org.ruraltalent.demo.DemoRows.Table.PLACEMENT;
import static org.ruraltalent.demo.DemoRows.Table.RECRUITMENT_PROGRAMME;
import static org.ruraltalent.demo.DemoRows.Table.TALENT_PROJECT;
import static org.ruraltalent.demo.DemoRows.Table.TALENT_PROJECT_PERSON;
import static org.ruraltalent.demo.DemoRows.Table.TEAM;
import static org.ruraltalent.demo.DemoRows.Table.TEAM_MEMBER;
import static org.ruraltalent.demo.DemoRows.Table.WORKSTATION;
import static org.ruraltalent.demo.DemoRows.Table.WORKSTATION_MEMBER;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ruraltalent.common.Uuid7;
import org.ruraltalent.demo.DemoAssignments.Host;
import org.ruraltalent.demo.DemoGuyuan.County;
import org.ruraltalent.demo.DemoGuyuan.Township;
import org.ruraltalent.demo.DemoGuyuan.Village;
import org.ruraltalent.demo.DemoPeople.Kind;

/**
 * Platforms 平台: talent workstations, incubators and talent homes with resident talent, a
 * rural-revitalisation service team (or two) of experts per county, local experts hired per
 * county as special agricultural technicians, and the talent projects around the "5+4"
 * industries.
 */
final class DemoPlatforms {

    /** Years a special agricultural technician is hired for. */
    private static final int TECHNICIAN_YEARS = 2;
    private static final int TECHNICIANS_HIRED_IN = 2022;
    /** Years a talent project runs; one whose time is up by the report's date is completed. */
    private static final int PROJECT_YEARS = 2;
    /** Industries whose projects the vocational school leads; the counties' agricultural centres lead the others. */
    private static final List<String> LED_BY_THE_SCHOOL = List.of("TOURISM", "LABOUR");

    private static final int ALL_PLATFORMS = WORKSTATIONS + INCUBATORS + TALENT_HOMES;

    private final DemoContext demo;
    private final DemoGuyuan guyuan;
    private int platformsWritten;

    DemoPlatforms(DemoContext demo) {
        this.demo = demo;
        this.guyuan = demo.guyuan();
    }

    /** Writes it all, with the returnees as resident talent and project people; answers the local experts of each county. */
    Map<County, List<UUID>> write(List<UUID> returnees) throws SQLException {
        platforms("WORKSTATION", "乡村人才工作站", WORKSTATIONS, returnees);
        platforms("INCUBATOR", "乡村人才孵化园", INCUBATORS, returnees);
        platforms("TALENT_HOME", "乡村人才之家", TALENT_HOMES, returnees);
        serviceTeams();
        Map<County, List<UUID>> localExperts = specialAgriculturalTechnicians();
        List<UUID> projectPeople = new ArrayList<>(returnees);
        localExperts.values().forEach(projectPeople::addAll);
        projects(projectPeople);
        return localExperts;
    }

    /** Platforms of one kind in townships spread over the city, each with a few returnees in residence. */
    private void platforms(String kind, String name, int count, List<UUID> residents) throws SQLException {
        for (int i = 0; i < count; i++) {
            int n = platformsWritten++;
            Township t = spread(guyuan.townships, n, ALL_PLATFORMS);
            LocalDate opened = demo.calendar().dayIn(RECRUITMENT_YEARS.get(i % RECRUITMENT_YEARS.size()));
            UUID id = Uuid7.next();
            demo.rows().add(WORKSTATION, id, kind, t.name() + name, t.government(), t.id(), opened);
            for (int r = 0; r < RESIDENTS_PER_PLATFORM; r++) {
                UUID resident = spread(residents, n * RESIDENTS_PER_PLATFORM + r, ALL_PLATFORMS * RESIDENTS_PER_PLATFORM);
                demo.rows().add(WORKSTATION_MEMBER, Uuid7.next(), id, resident, demo.calendar().between(opened, REPORT_DATE));
            }
        }
    }

    /** At least one service team of experts from county and city departments in every county. */
    private void serviceTeams() throws SQLException {
        for (County c : guyuan.counties) {
            for (int n = 1; n <= c.plan().serviceTeams(); n++) {
                UUID team = Uuid7.next();
                LocalDate formed = demo.calendar().dayIn(2021, 4, 6);
                demo.rows().add(TEAM, team, c.name() + "乡村振兴服务团" + (n > 1 ? "第" + n + "团" : ""), "COUNTY_SERVICE_TEAM", c.id(), formed);
                for (int m = 0; m < SERVICE_TEAM_MEMBERS; m++) {
                    UUID employer = m % 2 == 0 ? c.agriculturalCentre() : guyuan.city.scienceBureau();
                    UUID p = demo.people().add(Kind.AGRONOMIST, null, employer, null, "EXPERT");
                    demo.rows().add(TEAM_MEMBER, Uuid7.next(), team, p, m == 0 ? "LEADER" : "MEMBER", formed);
                }
            }
        }
    }

    /** Each county recruits its local experts (土专家, 田秀才) as special agricultural technicians for its villages. */
    private Map<County, List<UUID>> specialAgriculturalTechnicians() throws SQLException {
        Map<County, List<UUID>> byCounty = new HashMap<>();
        for (County c : guyuan.counties) {
            int hired = c.plan().specialAgriTechnicians();
            UUID programme = Uuid7.next();
            demo.rows().add(RECRUITMENT_PROGRAMME, programme, c.name() + TECHNICIANS_HIRED_IN + "年特聘农技员招募",
                    "SPECIAL_AGRICULTURAL_TECHNICIAN", TECHNICIANS_HIRED_IN, hired, c.id());
            List<Village> villages = guyuan.villagesOf(c);
            for (int i = 0; i < hired; i++) {
                Village v = spread(villages, i, hired);
                UUID p = demo.people().add(Kind.LOCAL_EXPERT, "MASSES", null, v.id(), "LOCAL_EXPERT");
                LocalDate start = demo.calendar().dayIn(TECHNICIANS_HIRED_IN, 3, 5);
                UUID assignment = demo.assignments().local(p, "MASSES", "SPECIAL_AGRICULTURAL_TECHNICIAN", Host.in(v, v.committee()),
                        start, TECHNICIAN_YEARS);
                demo.rows().add(PLACEMENT, Uuid7.next(), programme, p, v.committee(), start, null, assignment);
                byCounty.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
            }
        }
        return byCounty;
    }

    /** The "5+4" industries (kept if an administrator has them already) and the talent projects around them. */
    private void projects(List<UUID> people) throws SQLException {
        BigDecimal total = PROJECTS.stream().map(p -> new BigDecimal(p.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (PROJECTS.size() != TALENT_PROJECTS || total.compareTo(TALENT_PROJECT_FUNDING) != 0) {
            throw new IllegalStateException("the planned projects do not add up to the report's " + TALENT_PROJECTS + " and "
                    + TALENT_PROJECT_FUNDING);
        }
        Map<String, UUID> industries = industries();
        for (int i = 0; i < PROJECTS.size(); i++) {
            Project project = PROJECTS.get(i);
            County c = spread(guyuan.counties, i, PROJECTS.size());
            boolean school = LED_BY_THE_SCHOOL.contains(project.industry());
            UUID id = Uuid7.next();
            boolean completed = LocalDate.of(project.year() + PROJECT_YEARS, 1, 1).isBefore(REPORT_DATE);
            demo.rows().add(TALENT_PROJECT, id, project.title(), industries.get(project.industry()),
                    school ? guyuan.city.vocationalSchool() : c.agriculturalCentre(), school ? guyuan.city.id() : c.id(),
                    new BigDecimal(project.amount()), project.fundingLevel(), project.year(), completed ? "COMPLETED" : "IN_PROGRESS");
            for (int k = 0; k < PEOPLE_PER_PROJECT; k++) {
                demo.rows().add(TALENT_PROJECT_PERSON, id, spread(people, i * PEOPLE_PER_PROJECT + k, PROJECTS.size() * PEOPLE_PER_PROJECT));
            }
        }
    }

    /** Ids of the plan's industries by code: written unless there, then read back. */
    private Map<String, UUID> industries() throws SQLException {
        try (PreparedStatement insert = demo.rows().connection().prepareStatement(
                "insert into industry (id, code, name_zh, name_en, sort_order) values (?, ?, ?, ?, ?) on conflict (code) do nothing")) {
            for (int i = 0; i < INDUSTRIES.size(); i++) {
                Industry industry = INDUSTRIES.get(i);
                insert.setObject(1, Uuid7.next());
                insert.setString(2, industry.code());
                insert.setString(3, industry.nameZh());
                insert.setString(4, industry.nameEn());
                insert.setInt(5, i + 1);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, UUID> ids = new HashMap<>();
        try (PreparedStatement select = demo.rows().connection().prepareStatement("select code, id from industry where code = any (?)")) {
            select.setArray(1, demo.rows().connection().createArrayOf("varchar",
                    INDUSTRIES.stream().map(Industry::code).toArray(String[]::new)));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    ids.put(r.getString(1), (UUID) r.getObject(2));
                }
            }
        }
        return ids;
    }
}
