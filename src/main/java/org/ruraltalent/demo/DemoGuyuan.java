package org.ruraltalent.demo;

import static org.ruraltalent.demo.DemoRows.Table.DIVISION;
import static org.ruraltalent.demo.DemoRows.Table.ORGANISATION;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ruraltalent.common.Uuid7;

/**
 * The demo's Guyuan: the city and its five county-level units (reference data already in the
 * database), with new townships and villages under them, and the organisations people are sent
 * from, work at and are hosted by.
 */
final class DemoGuyuan {

    /**
     * Marks the demo: the city's organisation department, which sends the city's cadres. The
     * demo is loaded when this organisation exists.
     */
    static final String MARKER = "演示数据：固原市委组织部";

    /** The region and the city, with the agencies, hospital and schools the demo sends people from. */
    record City(UUID id, UUID region, UUID regionAgencies, UUID regionScience, UUID organisationDepartment, UUID scienceBureau,
            UUID hospital, UUID school, UUID vocationalSchool, UUID university) {
    }

    /** A county-level unit and its own senders: organisation department, science bureau, agricultural centre, school, hospital. */
    record County(DemoPlan.County plan, UUID id, String code, String name, String path, UUID organisationDepartment,
            UUID scienceBureau, UUID agriculturalCentre, UUID school, UUID hospital) {
    }

    record Township(County county, UUID id, String code, String name, String path, UUID government, UUID primarySchool,
            UUID middleSchool, UUID healthCentre) {
    }

    record Village(Township township, UUID id, String code, String name, String path, UUID branch, UUID committee) {

        County county() {
            return township.county;
        }
    }

    final City city;
    final List<County> counties;
    final List<Township> townships;
    final List<Village> villages;

    private DemoGuyuan(City city, List<County> counties, List<Township> townships, List<Village> villages) {
        this.city = city;
        this.counties = counties;
        this.townships = townships;
        this.villages = villages;
    }

    /** The {@code i}-th of {@code count} items spread evenly over {@code items}: distinct while count is at most their number. */
    static <T> T spread(List<T> items, int i, int count) {
        return items.get((int) ((long) i * items.size() / count));
    }

    List<Village> villagesOf(County county) {
        return villages.stream().filter(v -> v.county() == county).toList();
    }

    List<Township> townshipsOf(County county) {
        return townships.stream().filter(t -> t.county == county).toList();
    }

    /** Writes the townships, villages and organisations of the plan under the existing city and counties. */
    static DemoGuyuan build(DemoRows rows, Random random) throws SQLException {
        Map<String, Object[]> existing = divisions(rows, "640000", "640400");
        UUID region = (UUID) existing.get("640000")[0];
        UUID cityId = (UUID) existing.get("640400")[0];
        City city = city(rows, region, cityId);
        List<County> counties = counties(rows);
        Set<String> taken = takenTownshipCodes(rows);
        List<String> townshipNames = DemoNames.townships(random, DemoPlan.TOWNSHIPS);
        List<String> villageNames = DemoNames.villages(random, DemoPlan.VILLAGES);
        List<Township> townships = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        for (County county : counties) {
            DemoPlan.County plan = county.plan;
            for (int t = 0; t < plan.townships(); t++) {
                Township township = township(rows, county, freeCode(county.code, taken), townshipNames.get(townships.size()));
                townships.add(township);
                int here = plan.villages() / plan.townships() + (t < plan.villages() % plan.townships() ? 1 : 0);
                for (int v = 0; v < here; v++) {
                    String code = township.code + String.format("%03d", DemoPlan.FIRST_VILLAGE_NUMBER + v);
                    villages.add(village(rows, township, code, villageNames.get(villages.size())));
                }
            }
        }
        return new DemoGuyuan(city, counties, townships, villages);
    }

    private static City city(DemoRows rows, UUID region, UUID city) throws SQLException {
        return new City(city, region,
                organisation(rows, "自治区直属机关", "GOVERNMENT_AGENCY", region),
                organisation(rows, "自治区科学技术厅", "GOVERNMENT_AGENCY", region),
                organisation(rows, MARKER, "PARTY_AGENCY", city),
                organisation(rows, "固原市科学技术局", "GOVERNMENT_AGENCY", city),
                hospital(rows, "固原市人民医院", city, "GRADE_3A"),
                organisation(rows, "固原市第一中学", "SCHOOL", city),
                organisation(rows, "固原职业技术学校", "SCHOOL", city),
                organisation(rows, "西北农林科技大学乡村振兴学院固原分院", "UNIVERSITY", city));
    }

    private static List<County> counties(DemoRows rows) throws SQLException {
        Map<String, Object[]> found = divisions(rows, DemoPlan.COUNTIES.stream().map(DemoPlan.County::code).toArray(String[]::new));
        List<County> counties = new ArrayList<>();
        for (DemoPlan.County plan : DemoPlan.COUNTIES) {
            Object[] d = found.get(plan.code());
            UUID id = (UUID) d[0];
            String name = (String) d[1];
            counties.add(new County(plan, id, plan.code(), name, (String) d[2],
                    organisation(rows, name + "委组织部", "PARTY_AGENCY", id),
                    organisation(rows, name + "科学技术局", "GOVERNMENT_AGENCY", id),
                    organisation(rows, name + "农业技术推广服务中心", "PUBLIC_INSTITUTION", id),
                    organisation(rows, name + "第一中学", "SCHOOL", id),
                    hospital(rows, name + "人民医院", id, "GRADE_2A")));
        }
        return counties;
    }

    private static Township township(DemoRows rows, County county, String code, String name) throws SQLException {
        UUID id = Uuid7.next();
        String path = county.path + code + "/";
        rows.add(DIVISION, id, code, name, "TOWNSHIP", county.id, path);
        return new Township(county, id, code, name, path,
                organisation(rows, name + "人民政府", "TOWNSHIP_GOVERNMENT", id),
                organisation(rows, name + "中心小学", "SCHOOL", id),
                organisation(rows, name + "中学", "SCHOOL", id),
                organisation(rows, name + "卫生院", "HEALTH_CENTRE", id));
    }

    private static Village village(DemoRows rows, Township township, String code, String name) throws SQLException {
        UUID id = Uuid7.next();
        String path = township.path + code + "/";
        rows.add(DIVISION, id, code, name, "VILLAGE", township.id, path);
        return new Village(township, id, code, name, path,
                organisation(rows, name + "党支部", "VILLAGE_PARTY_BRANCH", id),
                organisation(rows, name + "村民委员会", "VILLAGE_COMMITTEE", id));
    }

    static UUID organisation(DemoRows rows, String name, String type, UUID division) throws SQLException {
        UUID id = Uuid7.next();
        rows.add(ORGANISATION, id, name, type, division, null);
        return id;
    }

    private static UUID hospital(DemoRows rows, String name, UUID division, String grade) throws SQLException {
        UUID id = Uuid7.next();
        rows.add(ORGANISATION, id, name, "HOSPITAL", division, grade);
        return id;
    }

    /** The first township code under the county, upwards from the plan's first number, that no division holds. */
    private static String freeCode(String county, Set<String> taken) {
        for (int n = DemoPlan.FIRST_TOWNSHIP_NUMBER; n < 1000; n++) {
            String code = county + String.format("%03d", n);
            if (taken.add(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free township code under " + county);
    }

    private static Set<String> takenTownshipCodes(DemoRows rows) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (Statement s = rows.connection().createStatement();
                ResultSet r = s.executeQuery("select code from division where level = 'TOWNSHIP'")) {
            while (r.next()) {
                taken.add(r.getString(1));
            }
        }
        return taken;
    }

    /** Id, name and path of the divisions with these codes; all must exist. */
    private static Map<String, Object[]> divisions(DemoRows rows, String... codes) throws SQLException {
        Map<String, Object[]> found = new HashMap<>();
        try (PreparedStatement s = rows.connection().prepareStatement("select code, id, name, path from division where code = any (?)")) {
            s.setArray(1, rows.connection().createArrayOf("varchar", codes));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(r.getString(1), new Object[] { r.getObject(2), r.getString(3), r.getString(4) });
                }
            }
        }
        for (String code : codes) {
            if (!found.containsKey(code)) {
                throw new IllegalStateException("the demo needs division " + code + " (Guyuan's reference data)");
            }
        }
        return found;
    }
}
