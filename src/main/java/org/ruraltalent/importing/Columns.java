package org.ruraltalent.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ruraltalent.common.ProblemException;

/**
 * The columns each kind of import reads, in one place: the field each fills, the headers offices
 * use for it in Chinese or English, and whether the file must have it. Headers match ignoring
 * case, spaces and full-width brackets.
 */
final class Columns {

    /**
     * One column. {@code need} names a group of which the file must hold at least one column
     * (a person by ID number or by id), or is {@code null} for an optional column;
     * {@code standsFor} are the request fields whose errors belong to this column.
     */
    record Column(String field, String need, List<String> headers, Set<String> standsFor) {

        Column(String field, String need, String... headers) {
            this(field, need, List.of(headers), Set.of());
        }

        Column standingFor(String... fields) {
            return new Column(field, need, headers, Set.of(fields));
        }
    }

    private static final String REQUIRED = "required";

    static final Map<ImportKind, List<Column>> BY_KIND = Map.of(
            ImportKind.DIVISIONS, List.of(
                    new Column("code", REQUIRED, "代码", "区划代码", "code"),
                    new Column("name", REQUIRED, "名称", "区划名称", "name"),
                    new Column("level", REQUIRED, "级别", "层级", "level"),
                    new Column("parentCode", null, "上级代码", "上级区划代码", "parentCode")),
            ImportKind.ORGANISATIONS, List.of(
                    new Column("name", REQUIRED, "名称", "单位名称", "name"),
                    new Column("type", REQUIRED, "类型", "单位类型", "type"),
                    new Column("divisionCode", REQUIRED, "所在区划代码", "区划代码", "divisionCode"),
                    new Column("creditCode", null, "统一社会信用代码", "信用代码", "creditCode"),
                    new Column("hospitalGrade", null, "医院等级", "hospitalGrade")),
            ImportKind.PERSONNEL, List.of(
                    new Column("name", REQUIRED, "姓名", "name"),
                    new Column("nationalId", REQUIRED, "身份证号", "身份证号码", "公民身份号码", "nationalId"),
                    new Column("gender", null, "性别", "gender"),
                    new Column("birthDate", null, "出生日期", "birthDate"),
                    new Column("ethnicGroup", null, "民族", "ethnicGroup"),
                    new Column("mobile", null, "手机", "手机号", "手机号码", "mobile"),
                    new Column("education", null, "学历", "education"),
                    new Column("degree", null, "学位", "degree"),
                    new Column("politicalStatus", null, "政治面貌", "politicalStatus"),
                    new Column("professionalTitle", null, "职称", "professionalTitle"),
                    new Column("titleLevel", null, "职称等级", "titleLevel"),
                    new Column("employerId", null, "工作单位", "工作单位编号", "employerId"),
                    new Column("employerCreditCode", null, "工作单位统一社会信用代码", "employerCreditCode")
                            .standingFor("employerId"),
                    new Column("homeDivisionCode", null, "户籍地", "户籍地代码", "homeDivisionCode"),
                    new Column("categories", null, "人才类别", "categories"),
                    new Column("specialties", null, "专长", "specialties")),
            ImportKind.ASSIGNMENTS, List.of(
                    new Column("nationalId", "person", "身份证号", "身份证号码", "公民身份号码", "nationalId", "personNationalId")
                            .standingFor("personId"),
                    new Column("personId", "person", "人员编号", "personId"),
                    new Column("role", REQUIRED, "岗位", "任职岗位", "选派岗位", "role"),
                    new Column("hostOrganisationId", "host", "派驻单位编号", "hostOrganisationId"),
                    new Column("hostCreditCode", "host", "派驻单位统一社会信用代码", "hostCreditCode").standingFor("hostOrganisationId"),
                    new Column("hostName", "host", "派驻单位", "派驻单位名称", "hostName").standingFor("hostOrganisationId"),
                    new Column("hostDivisionCode", null, "派驻单位区划代码", "派驻地区划代码", "hostDivisionCode"),
                    new Column("sendingOrganisationId", null, "选派单位编号", "派出单位编号", "sendingOrganisationId"),
                    new Column("sendingCreditCode", null, "选派单位统一社会信用代码", "派出单位统一社会信用代码", "sendingCreditCode")
                            .standingFor("sendingOrganisationId"),
                    new Column("sendingName", null, "选派单位", "选派单位名称", "派出单位", "sendingName").standingFor("sendingOrganisationId"),
                    new Column("sendingDivisionCode", null, "选派单位区划代码", "派出单位区划代码", "sendingDivisionCode"),
                    new Column("sendingLevel", null, "选派层级", "sendingLevel"),
                    new Column("batchYear", null, "批次", "选派批次", "batchYear"),
                    new Column("teamId", null, "团队编号", "teamId"),
                    new Column("startDate", REQUIRED, "开始日期", "起始日期", "startDate"),
                    new Column("plannedEndDate", null, "计划结束日期", "plannedEndDate"),
                    new Column("status", null, "状态", "status"),
                    new Column("note", null, "备注", "note")),
            ImportKind.ENROLMENTS, List.of(
                    new Column("sessionId", REQUIRED, "期次编号", "sessionId"),
                    new Column("nationalId", "person", "身份证号", "身份证号码", "公民身份号码", "nationalId", "personNationalId")
                            .standingFor("personId"),
                    new Column("personId", "person", "人员编号", "personId"),
                    new Column("enrolledOn", null, "报名日期", "enrolledOn"),
                    new Column("targetDegree", null, "目标学历", "targetDegree").standingFor("degree"),
                    new Column("expectedGraduation", null, "预计毕业日期", "expectedGraduation")));

    private Columns() {
    }

    /** Which column of the file (by position) fills which field; columns the kind does not read are ignored. */
    static Map<String, Integer> fieldToPosition(ImportKind kind, List<String> headers) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = normalise(headers.get(i));
            for (Column column : BY_KIND.get(kind)) {
                if (column.headers().stream().anyMatch(h -> normalise(h).equals(key))) {
                    found.putIfAbsent(column.field(), i);
                }
            }
        }
        return found;
    }

    /** One issue per required column, or group of alternatives, that the file lacks. */
    static List<ProblemException.FieldIssue> missing(ImportKind kind, Map<String, Integer> found) {
        Map<String, List<Column>> needs = new LinkedHashMap<>();
        for (Column column : BY_KIND.get(kind)) {
            if (column.need() != null) {
                needs.computeIfAbsent(column.need().equals(REQUIRED) ? column.field() : column.need(), k -> new ArrayList<>())
                        .add(column);
            }
        }
        List<ProblemException.FieldIssue> issues = new ArrayList<>();
        needs.values().forEach(alternatives -> {
            if (alternatives.stream().noneMatch(c -> found.containsKey(c.field()))) {
                issues.add(new ProblemException.FieldIssue("body", "MissingColumn", "import.missing-column",
                        String.join(" / ", alternatives.stream().map(c -> c.headers().get(0) + " (" + c.field() + ")").toList())));
            }
        });
        return issues;
    }

    /** The column of the file that a field of a request (or of the row) was read from, as its header says. */
    static String header(ImportKind kind, String field, Map<String, Integer> found, List<String> headers) {
        String base = field.replaceAll("[\\[.].*", "");
        for (Column column : BY_KIND.get(kind)) {
            if ((column.field().equals(base) || column.standsFor().contains(base)) && found.containsKey(column.field())) {
                return headers.get(found.get(column.field()));
            }
        }
        return base;
    }

    static String normalise(String header) {
        return header.replace("（", "(").replace("）", ")").replace("\uFEFF", "").replaceAll("\\s", "")
                .toLowerCase(Locale.ROOT);
    }
}
