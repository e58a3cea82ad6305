package org.ruraltalent.personnel;

import org.ruraltalent.common.Labelled;

/** Highest education completed 学历. */
public enum Education implements Labelled {
    PRIMARY_OR_BELOW("小学及以下", "Primary or below"),
    JUNIOR_SECONDARY("初中", "Junior secondary"),
    SENIOR_SECONDARY("高中", "Senior secondary"),
    SECONDARY_VOCATIONAL("中专（中职）", "Secondary vocational"),
    JUNIOR_COLLEGE("大专", "Junior college"),
    BACHELOR("大学本科", "Undergraduate"),
    MASTER("硕士研究生", "Master degree"),
    DOCTORATE("博士研究生", "Doctorate");

    private final String zh;
    private final String en;

    Education(String zh, String en) {
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
