package org.ruraltalent.statistics;

import org.ruraltalent.common.Labelled;

/** The four areas of the report. */
public enum Area implements Labelled {
    DISPATCH("选派", "Dispatch"),
    CULTIVATION("培养", "Cultivation"),
    INTRODUCTION("引进", "Introduction"),
    PLATFORMS("平台", "Platforms");

    private final String zh;
    private final String en;

    Area(String zh, String en) {
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
