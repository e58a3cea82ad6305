package org.ruraltalent.personnel;

import org.ruraltalent.common.Labelled;

/** Highest academic degree 学位. */
public enum Degree implements Labelled {
    NONE("无", "None"),
    BACHELOR("学士", "Bachelor"),
    MASTER("硕士", "Master"),
    DOCTORATE("博士", "Doctor");

    private final String zh;
    private final String en;

    Degree(String zh, String en) {
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
