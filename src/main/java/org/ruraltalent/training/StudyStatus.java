package org.ruraltalent.training;

import org.ruraltalent.common.Labelled;

/** Where a degree-upgrade student stands. */
public enum StudyStatus implements Labelled {
    STUDYING("在读", "Studying"),
    GRADUATED("已毕业", "Graduated"),
    WITHDRAWN("已退学", "Withdrawn");

    private final String zh;
    private final String en;

    StudyStatus(String zh, String en) {
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
