package org.ruraltalent.platform;

import org.ruraltalent.common.Labelled;

/** The kinds of talent platform 人才平台. */
public enum WorkstationKind implements Labelled {
    WORKSTATION("乡村人才工作站", "Rural talent workstation"),
    INCUBATOR("人才孵化基地", "Talent incubator"),
    TALENT_HOME("人才之家", "Talent home");

    private final String zh;
    private final String en;

    WorkstationKind(String zh, String en) {
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
