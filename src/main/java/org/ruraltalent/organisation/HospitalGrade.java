package org.ruraltalent.organisation;

import org.ruraltalent.common.Labelled;

/** 医院等级: the national three-tier, three-grade hospital rating. */
public enum HospitalGrade implements Labelled {
    GRADE_3A("三级甲等", "Tertiary, grade A"),
    GRADE_3B("三级乙等", "Tertiary, grade B"),
    GRADE_3C("三级丙等", "Tertiary, grade C"),
    GRADE_2A("二级甲等", "Secondary, grade A"),
    GRADE_2B("二级乙等", "Secondary, grade B"),
    GRADE_2C("二级丙等", "Secondary, grade C"),
    GRADE_1A("一级甲等", "Primary, grade A"),
    GRADE_1B("一级乙等", "Primary, grade B"),
    GRADE_1C("一级丙等", "Primary, grade C"),
    UNRATED("未定级", "Unrated");

    private final String zh;
    private final String en;

    HospitalGrade(String zh, String en) {
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

    /** 二甲及以上: the report counts doctors from hospitals of grade 2A or better. */
    public boolean isAtLeast2A() {
        return ordinal() <= GRADE_2A.ordinal();
    }
}
