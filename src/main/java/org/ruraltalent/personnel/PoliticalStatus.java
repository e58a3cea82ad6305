package org.ruraltalent.personnel;

import org.ruraltalent.common.Labelled;

/** Political status 政治面貌 (GB/T 4762). */
public enum PoliticalStatus implements Labelled {
    CPC_MEMBER("中共党员", "CPC member"),
    CPC_PROBATIONARY_MEMBER("中共预备党员", "CPC probationary member"),
    CYL_MEMBER("共青团员", "Communist Youth League member"),
    DEMOCRATIC_PARTY_MEMBER("民主党派成员", "Member of a democratic party"),
    NON_PARTISAN("无党派人士", "Non-partisan"),
    MASSES("群众", "Ordinary citizen");

    private final String zh;
    private final String en;

    PoliticalStatus(String zh, String en) {
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
