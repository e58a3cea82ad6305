package org.ruraltalent.project;

import org.ruraltalent.common.Labelled;

/** Where a talent project stands. */
public enum ProjectStatus implements Labelled {
    PROPOSED("已申报", "Proposed"),
    FUNDED("已立项资助", "Funded"),
    IN_PROGRESS("实施中", "In progress"),
    COMPLETED("已完成", "Completed"),
    CANCELLED("已撤销", "Cancelled");

    private final String zh;
    private final String en;

    ProjectStatus(String zh, String en) {
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
