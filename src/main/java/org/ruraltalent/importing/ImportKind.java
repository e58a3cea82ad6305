package org.ruraltalent.importing;

import org.ruraltalent.common.Labelled;

/** What a bulk import brings in. */
public enum ImportKind implements Labelled {
    DIVISIONS("行政区划", "Divisions"),
    ORGANISATIONS("单位", "Organisations"),
    PERSONNEL("人员", "People"),
    ASSIGNMENTS("选派任职", "Assignments"),
    ENROLMENTS("参训", "Enrolments");

    private final String zh;
    private final String en;

    ImportKind(String zh, String en) {
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
