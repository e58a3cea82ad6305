package org.ruraltalent.audit;

import org.ruraltalent.common.Labelled;

public enum AuditAction implements Labelled {
    CREATE("新增", "Created"),
    UPDATE("修改", "Changed"),
    DELETE("删除", "Deleted");

    private final String zh;
    private final String en;

    AuditAction(String zh, String en) {
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
