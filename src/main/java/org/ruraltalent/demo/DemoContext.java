package org.ruraltalent.demo;

import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** What every part of one demo load writes with: the rows, people, assignments, places, days and the seeded random source. */
record DemoContext(DemoRows rows, DemoPeople people, DemoAssignments assignments, DemoGuyuan guyuan, DemoCalendar calendar,
        Random random) {

    private static final List<String> BUSINESS_TRADES = List.of("肉牛养殖", "冷凉蔬菜", "马铃薯", "小杂粮", "中药材", "红梅杏", "中蜂");

    /** Whether the {@code i}-th of {@code of} items is one of {@code chosen} spread evenly among them. */
    static boolean chosen(int i, int chosen, int of) {
        return (long) (i + 1) * chosen / of > (long) i * chosen / of;
    }

    /** A new farming business in {@code village}: an enterprise, a family farm or a cooperative, by turns. */
    UUID agriculturalBusiness(DemoGuyuan.Village village, int n) throws SQLException {
        String trade = BUSINESS_TRADES.get(n % BUSINESS_TRADES.size());
        String place = village.name().substring(0, village.name().length() - 1);
        return switch (n % 3) {
            case 0 -> DemoGuyuan.organisation(rows, "固原" + place + trade + "科技有限公司", "ENTERPRISE", village.id());
            case 1 -> DemoGuyuan.organisation(rows, village.name() + DemoNames.person(random, random.nextBoolean(), true) + "家庭农场",
                    "FAMILY_FARM", village.id());
            default -> DemoGuyuan.organisation(rows, village.name() + trade + "专业合作社", "COOPERATIVE", village.id());
        };
    }
}
