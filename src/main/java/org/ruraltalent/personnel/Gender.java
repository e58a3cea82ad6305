package org.ruraltalent.personnel;

import org.ruraltalent.common.Labelled;

/** Gender 性别 (GB/T 2261.1). */
public enum Gender implements Labelled {
    MALE("男", "Male"),
    FEMALE("女", "Female");

    private final String zh;
    private final String en;

    Gender(String zh, String en) {
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
