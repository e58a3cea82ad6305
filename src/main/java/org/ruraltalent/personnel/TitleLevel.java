package org.ruraltalent.personnel;

import org.ruraltalent.common.Labelled;

/** Level of a professional title 职称等级. */
public enum TitleLevel implements Labelled {
    NONE("无", "None"),
    JUNIOR("初级", "Junior"),
    INTERMEDIATE("中级", "Intermediate"),
    ASSOCIATE_SENIOR("副高级", "Associate senior"),
    SENIOR("正高级", "Senior");

    private final String zh;
    private final String en;

    TitleLevel(String zh, String en) {
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
