package org.ruraltalent.importing;

import org.ruraltalent.common.Labelled;

/** A dry run checks every row and writes nothing; a commit writes all rows or none. */
public enum ImportMode implements Labelled {
    DRY_RUN("试导入", "Dry run"),
    COMMIT("正式导入", "Commit");

    private final String zh;
    private final String en;

    ImportMode(String zh, String en) {
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
