package org.ruraltalent.organisation;

import org.ruraltalent.common.Labelled;

/** What kind of body an organisation is: where people are sent from, work at, or are hosted by. */
public enum OrganisationType implements Labelled {
    VILLAGE_PARTY_BRANCH("村党组织", "Village Party branch"),
    VILLAGE_COMMITTEE("村民委员会", "Village committee"),
    TOWNSHIP_GOVERNMENT("乡镇党委政府", "Township Party committee and government"),
    PARTY_AGENCY("党委部门", "Party agency"),
    GOVERNMENT_AGENCY("政府部门", "Government agency"),
    PUBLIC_INSTITUTION("事业单位", "Public institution"),
    STATE_ENTERPRISE("国有企业", "State-owned enterprise"),
    ENTERPRISE("企业", "Enterprise"),
    COOPERATIVE("农民专业合作社", "Farmers' cooperative"),
    FAMILY_FARM("家庭农场", "Family farm"),
    SCHOOL("学校", "School"),
    HEALTH_CENTRE("乡镇卫生院", "Township health centre"),
    VILLAGE_CLINIC("村卫生室", "Village clinic"),
    HOSPITAL("医院", "Hospital"),
    UNIVERSITY("高等院校", "University or college"),
    RESEARCH_INSTITUTE("科研院所", "Research institute"),
    SOCIAL_ORGANISATION("社会组织", "Social organisation"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    OrganisationType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
