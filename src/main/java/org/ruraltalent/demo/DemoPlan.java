package org.ruraltalent.demo;

import java.math.BigDecimal;

/**
 * How much of everything the demo data set holds: the figures of Guyuan's report (2021 to April
 * 2025), where the report says "1,000+" taken as 1,000. Each figure of
 * /api/v1/statistics/overview for division 640400 and that period comes out as written here.
 */
final class DemoPlan {

    static final int TOWNSHIPS = 62;
    static final int VILLAGES = 793;
    static final int FIRST_SECRETARIES = 709;
    /** Cadres sent to villages: the first secretaries and the members of village work teams. */
    static final int VILLAGE_CADRES = 1720;
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
    static final int SKILLS_SESSIONS = 40;
    static final int URGENT_RECRUITED = 350;
    static final int SELECTED_GRADUATES = 29;
    static final int SPECIAL_POST_TEACHERS = 50;
    static final int THREE_SUPPORTS = 830;
    static final int WESTERN_VOLUNTEERS = 155;
    static final int PARTNERSHIP_EXPERTS = 12;
    static final int RETURNEE_FOUNDERS = 220;
    static final int WORKSTATIONS = 4;
    static final int INCUBATORS = 2;
    static final int TALENT_HOMES = 5;
    static final int SPECIAL_AGRI_TECHNICIANS = 60;
    static final int TALENT_PROJECTS = 17;
    static final BigDecimal TALENT_PROJECT_FUNDING = new BigDecimal("7300000.00");

    /** The county-level units the data spreads over, by GB/T 2260 code. */
    static final String[] COUNTIES = { "640402", "640422", "640423", "640424", "640425" };
    /** ID numbers of demo people name these counties as birthplace, so they never meet the tests' numbers. */
    static final String[] ID_REGIONS = { "640422", "640423", "640424", "640425" };
    /** The city's "5+4" industries, as reference data of the demo. */
    static final String[][] INDUSTRIES = { { "BEEF_CATTLE", "肉牛", "Beef cattle" }, { "COOL_VEGETABLES", "冷凉蔬菜", "Cool-climate vegetables" },
            { "POTATO", "马铃薯", "Potato" }, { "MINOR_GRAINS", "小杂粮", "Minor grains" }, { "HERBS", "中药材", "Chinese medicinal herbs" },
            { "APRICOT", "红梅杏", "Red plum apricot" }, { "TOURISM", "文化旅游", "Culture and tourism" },
            { "EMBROIDERY", "刺绣", "Embroidery" }, { "LABOUR", "劳务", "Labour services" } };

    private DemoPlan() {
    }
}
