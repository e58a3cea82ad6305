package org.ruraltalent.project;

import org.ruraltalent.common.Labelled;

/** The level of government funding a talent project 资助层级. */
public enum FundingLevel implements Labelled {
    REGION("自治区级", "Region (province)"),
    CITY("市级", "City"),
    COUNTY("县级", "County");

    private final String zh;
    private final String en;

    FundingLevel(String zh, String en) {
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
