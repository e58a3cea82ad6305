package org.ruraltalent.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How much of everything the demo data set holds, in one place. The first block is the city's
 * report (2021 to April 2025; "1,000+" taken as 1,000, "750+" as 750 and so on): each of these
 * comes out exactly in /api/v1/statistics/overview for division 640400 from 2021-01-01 to
 * 2025-04-30. The rest are figures the report does not give, chosen to look like a real city.
 */
final class DemoPlan {

    // ---- the report ------------------------------------------------------------------------

    static final int VILLAGE_CADRES = 1720;
    static final int FIRST_SECRETARIES = 709;
    static final int ST_COMMISSIONERS = 839;
    static final int ST_COMMISSIONERS_CITY = 44;
    static final int TEACHERS = 1000;
    static final int DOCTORS = 233;
    static final int FAMILY_DOCTOR_TEAMS = 607;
    static final int FAMILY_DOCTOR_MEMBERS = 1350;
    static final int TECH_GROUPS = 131;
    static final int TECH_GROUP_TECHNICIANS = 455;
    static final int TECH_GROUP_SERVED = 288;
    static final int RESERVE_CADRES = 2412;
    static final int DEGREE_UPGRADE = 750;
    static final int SPECIAL_CLASSES = 2;
    static final int SPECIAL_CLASS_TRAINEES = 200;
    static final int ONBOARDING_SESSIONS = 91;
    static final int ONBOARDING_PERSON_TIMES = 7730;
    static final int SKILLS_PERSON_TIMES = 17000;
    static final int URGENT_RECRUITED = 350;
    static final int SELECTED_GRADUATES = 29;
    static final int SPECIAL_POST_TEACHERS = 50;
    static final int THREE_SUPPORTS = 830;
    static final int WESTERN_VOLUNTEERS = 155;
    static final int PARTNERSHIPS = 1;
    static final int RETURNEE_FOUNDERS = 220;
    static final int WORKSTATIONS = 4;
    static final int TALENT_PROJECTS = 17;
    static final BigDecimal TALENT_PROJECT_FUNDING = new BigDecimal("7300000.00");

    // ---- the period ------------------------------------------------------------------------

    /** The report's first day. */
    static final LocalDate REPORT_FROM = LocalDate.of(2021, 1, 1);
    /** The report's date: terms that ended before it are COMPLETED, the others still ACTIVE. */
    static final LocalDate REPORT_DATE = LocalDate.of(2025, 4, 30);
    /** Years records fall in, drawn evenly: 2025 only up to the report's date, so it comes up less. */
    static final int[] YEARS = { 2021, 2021, 2022, 2022, 2023, 2023, 2024, 2024, 2025 };

    // ---- geography -------------------------------------------------------------------------

    /**
     * A county-level unit of Guyuan (GB/T 2260 code, already reference data) and what the demo
     * puts in it: its real number of townships, a plausible number of villages, the local
     * experts it hires as special agricultural technicians and its rural-revitalisation service
     * teams (at least one each).
     */
    record County(String code, int townships, int villages, int specialAgriTechnicians, int serviceTeams) {
    }

    static final List<County> COUNTIES = List.of(
            new County("640402", 11, 152, 14, 2),  // 原州区
            new County("640422", 19, 294, 20, 2),  // 西吉县
            new County("640423", 13, 120, 12, 1),  // 隆德县
            new County("640424", 7, 96, 8, 1),     // 泾源县
            new County("640425", 12, 131, 14, 1)); // 彭阳县
    static final int TOWNSHIPS = COUNTIES.stream().mapToInt(County::townships).sum();
    static final int VILLAGES = COUNTIES.stream().mapToInt(County::villages).sum();
    static final int SPECIAL_AGRI_TECHNICIANS = COUNTIES.stream().mapToInt(County::specialAgriTechnicians).sum();
    static final int SERVICE_TEAMS = COUNTIES.stream().mapToInt(County::serviceTeams).sum();
    /** Statistical township codes start here under each county (free codes are taken upwards). */
    static final int FIRST_TOWNSHIP_NUMBER = 100;
    /** Village codes under a township start here (2xx: villages, 0xx would be communities). */
    static final int FIRST_VILLAGE_NUMBER = 201;
    /**
     * Birthplace codes of the demo's ID numbers. Not 640402: the tests make their people there,
     * and an ID number belongs to one person.
     */
    static final List<String> ID_REGIONS = List.of("640422", "640423", "640424", "640425");
    /** Share of the Hui (回族) among the demo's people, in percent; the rest are Han. */
    static final int HUI_PERCENT = 45;

    // ---- dispatch --------------------------------------------------------------------------

    /** First secretaries of the 2021 batch (two-year terms, completed); the rest came in 2023. */
    static final int FIRST_SECRETARIES_2021 = 400;
    /** Years a village resident (first secretary, work team) serves. */
    static final int RESIDENCY_YEARS = 2;
    /** Of every ten cadres sent to villages, how many come from the region and the city; the rest from counties. */
    static final int REGION_IN_TEN = 2;
    static final int CITY_IN_TEN = 3;
    /** S&T commissioners appointed by the region; the others not appointed by the city are the counties'. */
    static final int ST_COMMISSIONERS_REGION = 95;
    /** Every third S&T commissioner is stationed at an enterprise or cooperative, the others in villages. */
    static final int ST_AT_BUSINESS_EVERY = 3;
    /** One visiting teacher in this many is a principal. */
    static final int PRINCIPAL_EVERY = 20;
    /** One visiting teacher in this many comes from a city school, the others from county schools. */
    static final int CITY_TEACHER_EVERY = 5;
    /** One doctor in this many comes from the city hospital (grade 3A), the others from county hospitals (2A). */
    static final int CITY_DOCTOR_EVERY = 3;
    /**
     * Junior doctors sent to health centres too: not the report's doctors, who hold an
     * intermediate title or above, so they show how that figure is counted.
     */
    static final int JUNIOR_VISITING_DOCTORS = 27;
    /** Years a visiting teacher, doctor or S&T commissioner serves. */
    static final int VISITING_YEARS = 1;

    // ---- cultivation -----------------------------------------------------------------------

    /** In one village in this many the committee director is not the Party secretary (no 一肩挑). */
    static final int SEPARATE_DIRECTOR_EVERY = 10;
    /** Committee members besides the secretary and director in every village. */
    static final int COMMITTEE_MEMBERS_PER_VILLAGE = 2;
    /** Every third Party secretary is also a wealth leader (the "two leaders" 两个带头人). */
    static final int WEALTH_LEADER_EVERY = 3;
    /** Village leaders and committee members elected in the 2021 general election serve five years. */
    static final int VILLAGE_TERM_YEARS = 5;
    /** Degree-upgrade cohorts at the vocational school, by the year they began (three-year junior college). */
    static final List<Integer> DEGREE_COHORTS = List.of(2021, 2022, 2023);
    static final int DEGREE_STUDY_YEARS = 3;
    /** Township cadres in the special classes: a deputy secretary and an organisation member per township. */
    static final int TOWNSHIP_CADRES_PER_TOWNSHIP = 2;
    /** Seats in a special class or an onboarding session. */
    static final int SESSION_CAPACITY = 120;
    /** Skills sessions (the report gives only their person-times); most attendees are farmers counted by head. */
    static final int SKILLS_SESSIONS = 120;
    static final List<String> SKILLS_SUBJECTS = List.of("纺织刺绣", "肉牛养殖", "冷凉蔬菜种植", "特色种养殖");

    // ---- introduction ----------------------------------------------------------------------

    /** Catalogue entries of urgently needed talent per township, each for this many people. */
    static final int DEMANDS_PER_TOWNSHIP = 2;
    static final int DEMAND_QUANTITY = 3;
    static final List<Integer> DEMAND_YEARS = List.of(2022, 2023);
    /** Years the recruitment programmes ran; placements are spread over them. */
    static final List<Integer> RECRUITMENT_YEARS = List.of(2021, 2022, 2023, 2024);
    /** Visiting experts of the Northwest A&F University partnership. */
    static final int PARTNERSHIP_EXPERTS = 12;
    /** Returnees who founded a second venture. */
    static final int SECOND_VENTURES = 20;

    // ---- platforms -------------------------------------------------------------------------

    static final int INCUBATORS = 3;
    static final int TALENT_HOMES = 6;
    static final int RESIDENTS_PER_PLATFORM = 4;
    static final int SERVICE_TEAM_MEMBERS = 5;
    static final int PEOPLE_PER_PROJECT = 2;

    /** An industry of the city's "5+4" (five leading, four specialty), as reference data of the demo. */
    record Industry(String code, String nameZh, String nameEn) {
    }

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("BEEF_CATTLE", "肉牛", "Beef cattle"),
            new Industry("COOL_VEGETABLES", "冷凉蔬菜", "Cool-climate vegetables"),
            new Industry("POTATO", "马铃薯", "Potato"),
            new Industry("MINOR_GRAINS", "小杂粮", "Minor grains"),
            new Industry("HERBS", "中药材", "Chinese medicinal herbs"),
            new Industry("APRICOT", "红梅杏", "Red plum apricot"),
            new Industry("BEEKEEPING", "中蜂", "Chinese honeybee"),
            new Industry("TOURISM", "文化旅游", "Culture and tourism"),
            new Industry("LABOUR", "劳务", "Labour services"));

    /** A talent project: its industry (by code), year, funding level and amount in yuan. */
    record Project(String industry, String title, int year, String fundingLevel, String amount) {
    }

    /** Seventeen projects whose amounts add up to the report's 7.3 million yuan. */
    static final List<Project> PROJECTS = List.of(
            new Project("BEEF_CATTLE", "肉牛良种繁育技术推广", 2021, "REGION", "500000.00"),
            new Project("COOL_VEGETABLES", "冷凉蔬菜标准化种植示范", 2021, "CITY", "300000.00"),
            new Project("POTATO", "马铃薯脱毒种薯繁育", 2021, "REGION", "400000.00"),
            new Project("HERBS", "中药材林下种植技术服务", 2021, "REGION", "600000.00"),
            new Project("MINOR_GRAINS", "小杂粮良种选育与加工", 2022, "CITY", "450000.00"),
            new Project("APRICOT", "红梅杏霜冻防控与提质增效", 2022, "CITY", "350000.00"),
            new Project("BEEF_CATTLE", "肉牛养殖科技特派员服务", 2022, "REGION", "500000.00"),
            new Project("BEEKEEPING", "中蜂规模化养殖技术推广", 2022, "CITY", "300000.00"),
            new Project("TOURISM", "乡村旅游人才培育", 2023, "REGION", "800000.00"),
            new Project("LABOUR", "劳务品牌技能人才培训", 2023, "CITY", "400000.00"),
            new Project("COOL_VEGETABLES", "冷凉蔬菜设施栽培人才培养", 2023, "CITY", "350000.00"),
            new Project("HERBS", "中药材产教融合实训基地", 2023, "REGION", "450000.00"),
            new Project("BEEF_CATTLE", "肉牛疫病防控技术团队", 2024, "REGION", "500000.00"),
            new Project("POTATO", "马铃薯主粮化加工技术", 2024, "CITY", "300000.00"),
            new Project("MINOR_GRAINS", "小杂粮品牌电商人才培养", 2024, "CITY", "400000.00"),
            new Project("TOURISM", "休闲农业与乡村旅游带头人培养", 2024, "CITY", "250000.00"),
            new Project("APRICOT", "红梅杏品种改良与技术服务", 2024, "REGION", "450000.00"));

    private DemoPlan() {
    }
}
