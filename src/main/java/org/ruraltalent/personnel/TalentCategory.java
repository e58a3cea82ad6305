package org.ruraltalent.personnel;

import org.ruraltalent.common.Labelled;

/** Kinds of talent a person counts as; more than one may apply. */
public enum TalentCategory implements Labelled {
    CADRE("干部", "Cadre"),
    RESERVE_CADRE("后备干部", "Reserve cadre"),
    VILLAGE_COMMITTEE_MEMBER("村“两委”成员", "Member of the village two committees"),
    WEALTH_LEADER("致富带头人", "Leader in getting rich"),
    TEACHER("教师", "Teacher"),
    PRINCIPAL("校长", "School principal"),
    DOCTOR("医生", "Doctor"),
    AGRICULTURAL_TECHNICIAN("农业技术人员", "Agricultural technician"),
    ST_COMMISSIONER("科技特派员", "Science and technology commissioner"),
    LOCAL_EXPERT("乡土人才（土专家、田秀才）", "Local expert"),
    EXPERT("专家", "Expert"),
    RETURNEE("返乡人才", "Returnee"),
    SELECTED_GRADUATE("选调生", "Selected graduate"),
    PROGRAMME_VOLUNTEER("计划志愿者", "Programme volunteer"),
    SKILLED_WORKER("能工巧匠", "Skilled craftsperson"),
    NEW_FARMER("高素质农民", "High-quality farmer"),
    ENTREPRENEUR("创业者", "Entrepreneur");

    private final String zh;
    private final String en;

    TalentCategory(String zh, String en) {
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
