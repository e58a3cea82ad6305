package org.ruraltalent.demand;

import org.ruraltalent.common.Labelled;

/**
 * Where a demand stands. OPEN, PARTLY_FILLED and FILLED follow from its placements; CLOSED is set
 * by hand. The database derives it (the generated column talent_demand.status), so it is never
 * out of step with the placements counted.
 */
public enum DemandStatus implements Labelled {
    OPEN("待招", "Open"),
    PARTLY_FILLED("部分到岗", "Partly filled"),
    FILLED("已满足", "Filled"),
    CLOSED("已关闭", "Closed");

    private final String zh;
    private final String en;

    DemandStatus(String zh, String en) {
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
