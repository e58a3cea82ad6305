package org.ruraltalent.training;

import org.ruraltalent.common.Labelled;

/** Kinds of training programme 培训项目类型. */
public enum ProgrammeType implements Labelled {
    SPECIAL_CLASS("专题培训班", "Special class"),
    ONBOARDING("任职培训", "Onboarding training"),
    SKILLS("能力素质培训", "Skills training"),
    DEGREE_UPGRADE("学历提升", "Degree upgrade"),
    EXPERT_LECTURE("专家授课", "Expert lecture");

    private final String zh;
    private final String en;

    ProgrammeType(String zh, String en) {
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
