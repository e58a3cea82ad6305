package org.ruraltalent.division;

import org.ruraltalent.common.Labelled;

/** The tiers of the geography, top down; each division's parent sits one tier above it. */
public enum DivisionLevel implements Labelled {
    PROVINCE("省级（自治区）", "Province / autonomous region", 6),
    CITY("市级", "City (prefecture)", 6),
    COUNTY("县级（区）", "County / district", 6),
    TOWNSHIP("乡镇", "Township", 9),
    VILLAGE("行政村", "Administrative village", 12);

    private final String zh;
    private final String en;
    /** Digits in a code of this level: GB/T 2260 for the top three, statistical codes below. */
    public final int codeLength;

    DivisionLevel(String zh, String en, int codeLength) {
        this.zh = zh;
        this.en = en;
        this.codeLength = codeLength;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** The level a parent of this level must have, or {@code null} at the root. */
    public DivisionLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
