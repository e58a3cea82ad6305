package org.ruraltalent.team;

import org.ruraltalent.common.Labelled;

public enum TeamType implements Labelled {
    VILLAGE_WORK_TEAM("驻村工作队", "Village work team"),
    FAMILY_DOCTOR_TEAM("家庭医生签约服务团队", "Family doctor contract team"),
    INDUSTRY_TECH_GROUP("产业技术服务组", "Industry technical service group"),
    COUNTY_SERVICE_TEAM("乡村振兴服务团", "Rural revitalisation service team"),
    EXPERT_GROUP("专家组", "Expert group");

    private final String zh;
    private final String en;

    TeamType(String zh, String en) {
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
