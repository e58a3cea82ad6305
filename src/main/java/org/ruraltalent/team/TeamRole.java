package org.ruraltalent.team;

import org.ruraltalent.common.Labelled;

public enum TeamRole implements Labelled {
    LEADER("负责人", "Leader"),
    MEMBER("成员", "Member");

    private final String zh;
    private final String en;

    TeamRole(String zh, String en) {
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
