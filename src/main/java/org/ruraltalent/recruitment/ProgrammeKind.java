package org.ruraltalent.recruitment;

import org.ruraltalent.common.Labelled;

/** The kinds of recruitment programme a city runs or takes part in 招募计划类别. */
public enum ProgrammeKind implements Labelled {
    SPECIAL_POST_TEACHER("农村义务教育阶段学校教师特设岗位计划（特岗教师）", "Special-post rural teacher scheme"),
    THREE_SUPPORTS_ONE_ASSISTANCE("“三支一扶”计划", "Three supports, one assistance"),
    WESTERN_VOLUNTEER("大学生志愿服务西部计划", "College graduates volunteering in the West"),
    SELECTED_GRADUATE("选调生", "Selected graduates"),
    URGENT_TALENT("急需紧缺人才引进", "Urgently needed talent intake"),
    RETURNEE("引凤还巢（返乡人才）", "Returnees (phoenix back to the nest)"),
    SPECIAL_AGRICULTURAL_TECHNICIAN("特聘农技员", "Special agricultural technicians");

    private final String zh;
    private final String en;

    ProgrammeKind(String zh, String en) {
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
