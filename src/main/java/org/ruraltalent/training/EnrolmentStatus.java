package org.ruraltalent.training;

import org.ruraltalent.common.Labelled;

/** Where an enrolment stands. ATTENDED, COMPLETED and FAILED are attendances: each counts one
 * person-time (人次); WITHDRAWN frees the seat. */
public enum EnrolmentStatus implements Labelled {
    ENROLLED("已报名", "Enrolled"),
    ATTENDED("已参训", "Attended"),
    COMPLETED("已结业", "Completed"),
    WITHDRAWN("已退出", "Withdrawn"),
    FAILED("未通过", "Failed");

    private final String zh;
    private final String en;

    EnrolmentStatus(String zh, String en) {
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

    /** Whether the person was there: the attendances that person-times count. */
    public boolean attended() {
        return this == ATTENDED || this == COMPLETED || this == FAILED;
    }

    /** Whether an enrolment may move from this status to {@code next} (staying put is always allowed). */
    public boolean mayBecome(EnrolmentStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case ENROLLED -> next != ENROLLED;
            case ATTENDED -> next == COMPLETED || next == FAILED || next == WITHDRAWN;
            case FAILED -> next == COMPLETED;
            case WITHDRAWN -> next == ENROLLED;
            case COMPLETED -> false;
        };
    }
}
