package org.ruraltalent.recruitment;

import org.ruraltalent.common.Labelled;

/** A placement counts against its programme's quota and its demand while PLACED. */
public enum PlacementStatus implements Labelled {
    PLACED("已到岗", "Placed"),
    WITHDRAWN("已退出", "Withdrawn");

    private final String zh;
    private final String en;

    PlacementStatus(String zh, String en) {
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
