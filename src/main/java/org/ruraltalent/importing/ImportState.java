package org.ruraltalent.importing;

import org.ruraltalent.common.Labelled;

/** Where an import job stands. */
public enum ImportState implements Labelled {
    QUEUED("排队中", "Queued"),
    RUNNING("进行中", "Running"),
    SUCCEEDED("已完成", "Succeeded"),
    FAILED("失败", "Failed");

    private final String zh;
    private final String en;

    ImportState(String zh, String en) {
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
