package org.ruraltalent.assignment;

import org.ruraltalent.common.Labelled;

/** Lifecycle of an assignment: PLANNED, then ACTIVE, then COMPLETED or RECALLED; or PLANNED then CANCELLED. */
public enum AssignmentStatus implements Labelled {
    PLANNED("计划", "Planned"),
    ACTIVE("在岗", "Active"),
    COMPLETED("期满", "Completed"),
    RECALLED("召回", "Recalled"),
    CANCELLED("取消", "Cancelled");

    private final String zh;
    private final String en;

    AssignmentStatus(String zh, String en) {
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
