package org.ruraltalent.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Synthetic names that read like the loess hills of southern Ningxia: townships and villages
 * built from the syllables of the region's place names (湾, 沟, 塬, 岔, 堡 ...), and people's names
 * with Han and Hui surnames. Any likeness to a real place or person is chance.
 */
final class DemoNames {

    private static final List<String> TOWNSHIP_HEADS = List.of("红", "黄", "白", "石", "沙", "马", "杨", "官", "新", "古", "三",
            "清", "平", "大", "北", "南", "东", "西", "兴", "泉", "峰", "安", "永", "长", "龙", "彭", "草", "硝", "杏", "柳");
    private static final List<String> TOWNSHIP_TAILS = List.of("河", "川", "泉", "岭", "堡", "营", "原", "沟", "湾", "庄", "坪",
            "峡", "台", "塬", "岔", "店", "寨", "集", "山", "城");
    private static final List<String> VILLAGE_HEADS = List.of("王", "李", "张", "马", "杨", "何", "刘", "赵", "高", "苏", "海",
            "田", "姚", "罗", "韩", "上", "下", "前", "后", "中", "东", "西", "南", "北", "大", "小", "新", "老", "红", "白", "黄", "石",
            "柳", "杏", "梨", "枣", "榆", "柏", "沙", "泉");
    private static final List<String> VILLAGE_TAILS = List.of("洼", "湾", "沟", "岔", "庄", "堡", "塬", "川", "台", "坪", "梁",
            "峁", "滩", "渠", "井", "集", "河", "寨", "营", "套", "磨", "掌", "岘", "坡", "园");

    private static final List<String> HAN_SURNAMES = List.of("王", "李", "张", "刘", "杨", "赵", "陈", "田", "何", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "罗", "郭", "贺", "柳", "景", "魏", "冯", "韩", "曹", "雷", "姚", "任", "申", "蒋");
    private static final List<String> HUI_SURNAMES = List.of("马", "马", "马", "海", "苏", "金", "丁", "穆", "米", "纳", "哈",
            "杨", "李", "王", "白", "田", "冶", "沙", "虎", "锁", "兰", "余");
    private static final List<String> MALE_NAMES = List.of("志强", "建军", "文斌", "国栋", "永刚", "学明", "海军", "建平", "彦龙",
            "晓东", "宏伟", "俊杰", "振华", "玉龙", "文俊", "鹏飞", "天宝", "世杰", "军", "涛", "斌", "磊", "勇", "刚", "鹏", "浩",
            "宁", "伟", "明", "杰", "有福", "进财", "德胜", "少华", "立新", "子豪", "宇航", "浩然", "国庆", "耀武", "万里", "金山");
    private static final List<String> FEMALE_NAMES = List.of("玉兰", "秀英", "海燕", "春花", "红梅", "慧敏", "丽娟", "晓燕", "雪梅",
            "艳萍", "桂芳", "凤英", "小芳", "欣怡", "佳琪", "梦瑶", "雅婷", "静", "丽", "芳", "娟", "敏", "霞", "婷", "蓉", "倩",
            "莉", "燕", "媛", "悦", "思雨", "紫涵", "亚楠", "金花", "彩霞", "淑琴", "巧玲", "文静", "晓丽", "秀兰");

    private DemoNames() {
    }

    /** {@code count} distinct township names, 镇 or 乡. */
    static List<String> townships(Random random, int count) {
        List<String> names = distinct(random, TOWNSHIP_HEADS, TOWNSHIP_TAILS, count);
        for (int i = 0; i < names.size(); i++) {
            names.set(i, names.get(i) + (i % 3 == 2 ? "乡" : "镇"));
        }
        return names;
    }

    /** {@code count} distinct village names, each ending in 村. */
    static List<String> villages(Random random, int count) {
        List<String> names = distinct(random, VILLAGE_HEADS, VILLAGE_TAILS, count);
        names.replaceAll(n -> n + "村");
        return names;
    }

    /** A person's name: a Hui or Han surname and a given name for a man or a woman. */
    static String person(Random random, boolean hui, boolean male) {
        List<String> surnames = hui ? HUI_SURNAMES : HAN_SURNAMES;
        List<String> given = male ? MALE_NAMES : FEMALE_NAMES;
        return surnames.get(random.nextInt(surnames.size())) + given.get(random.nextInt(given.size()));
    }

    /** The first {@code count} of every head-tail pair, shuffled. */
    private static List<String> distinct(Random random, List<String> heads, List<String> tails, int count) {
        List<String> all = new ArrayList<>();
        for (String head : heads) {
            for (String tail : tails) {
                if (!head.equals(tail)) {
                    all.add(head + tail);
                }
            }
        }
        if (all.size() < count) {
            throw new IllegalStateException("only " + all.size() + " names for " + count);
        }
        Collections.shuffle(all, random);
        return new ArrayList<>(all.subList(0, count));
    }
}
