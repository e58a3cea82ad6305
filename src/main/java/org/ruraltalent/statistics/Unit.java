package org.ruraltalent.statistics;

import org.ruraltalent.common.Labelled;

/** What a figure counts: people once each, person-times per attendance, things, or yuan. */
public enum Unit implements Labelled {
    PEOPLE("人", "people"),
    PERSON_TIMES("人次", "person-times"),
    SESSIONS("期", "sessions"),
    TEAMS("个", "teams"),
    ORGANISATIONS("个", "organisations"),
    DIVISIONS("个", "divisions"),
    PLATFORMS("个", "platforms"),
    PROJECTS("个", "projects"),
    PARTNERSHIPS("个", "partnerships"),
    YUAN("元", "yuan");

    private final String zh;
    private final String en;

    Unit(String zh, String en) {
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
