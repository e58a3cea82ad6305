package org.ruraltalent.assignment;

import org.ruraltalent.common.Labelled;

/** The level of government that sent a dispatched person 选派层级. */
public enum SendingLevel implements Labelled {
    REGION("区级（自治区）", "Region (province)"),
    CITY("市级", "City"),
    COUNTY("县级", "County");

    private final String zh;
    private final String en;

    SendingLevel(String zh, String en) {
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
