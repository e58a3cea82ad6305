package org.ruraltalent.personnel;

import org.ruraltalent.common.Labelled;

/** Whether a person is still in the registry's active pool. */
public enum PersonStatus implements Labelled {
    ACTIVE("在册", "Active"),
    INACTIVE("已停用", "Inactive");

    private final String zh;
    private final String en;

    PersonStatus(String zh, String en) {
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
