package org.ruraltalent.venture;

import org.ruraltalent.common.Labelled;

/** What a returnee founded 返乡创业类型. */
public enum VentureKind implements Labelled {
    PICKING_GARDEN("采摘园", "Picking garden"),
    FARM("家庭农场、养殖场", "Farm"),
    COOPERATIVE("农民专业合作社", "Farmers' cooperative"),
    BIOTECH("生物科技企业", "Biotech firm"),
    PROCESSING("农产品加工", "Processing"),
    TOURISM("乡村旅游", "Rural tourism"),
    E_COMMERCE("电子商务", "E-commerce"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    VentureKind(String zh, String en) {
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
