package org.ruraltalent.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns each kind of import reads, by the field they fill, with the headers offices use
 * for them in Chinese or English. Headers match ignoring case, spaces and full-width brackets.
 */
final class Columns {

    record Column(String field, boolean required, List<String> headers) {
    }

    static final Map<ImportKind, List<Column>> BY_KIND = Map.of(
            ImportKind.DIVISIONS, List.of(
                    new Column("code", true, List.of("代码", "区划代码", "code")),
                    new Column("name", true, List.of("名称", "区划名称", "name")),
                    new Column("level", true, List.of("级别", "层级", "level")),
                    new Column("parentCode", false, List.of("上级代码", "上级区划代码", "parentcode"))),
            ImportKind.ORGANISATIONS, List.of(
                    new Column("name", true, List.of("名称", "单位名称", "name")),
                    new Column("type", true, List.of("类型", "单位类型", "type")),
                    new Column("divisionCode", true, List.of("所在区划代码", "区划代码", "divisioncode")),
                    new Column("creditCode", false, List.of("统一社会信用代码", "信用代码", "creditcode")),
                    new Column("hospitalGrade", false, List.of("医院等级", "hospitalgrade"))),
            ImportKind.ASSIGNMENTS, List.of(
                    new Column("personNationalId", true, List.of("身份证号", "身份证号码", "personnationalid")),
                    new Column("role", true, List.of("岗位", "任职岗位", "role")),
                    new Column("hostCreditCode", false, List.of("派驻单位统一社会信用代码", "hostcreditcode")),
                    new Column("hostOrganisationId", false, List.of("派驻单位编号", "hostorganisationid")),
                    new Column("sendingCreditCode", false, List.of("派出单位统一社会信用代码", "sendingcreditcode")),
                    new Column("sendingOrganisationId", false, List.of("派出单位编号", "sendingorganisationid")),
                    new Column("sendingLevel", false, List.of("选派层级", "sendinglevel")),
                    new Column("batchYear", false, List.of("批次", "选派批次", "batchyear")),
                    new Column("startDate", true, List.of("开始日期", "startdate")),
                    new Column("plannedEndDate", false, List.of("计划结束日期", "plannedenddate")),
                    new Column("status", false, List.of("状态", "status"))),
            ImportKind.ENROLMENTS, List.of(
                    new Column("sessionId", true, List.of("期次编号", "sessionid")),
                    new Column("personNationalId", true, List.of("身份证号", "身份证号码", "personnationalid")),
                    new Column("enrolledOn", false, List.of("报名日期", "enrolledon"))),
            ImportKind.PERSONNEL, List.of(
                    new Column("name", true, List.of("姓名", "name")),
                    new Column("nationalId", true, List.of("身份证号", "身份证号码", "公民身份号码", "nationalid")),
                    new Column("gender", false, List.of("性别", "gender")),
                    new Column("birthDate", false, List.of("出生日期", "birthdate")),
                    new Column("ethnicGroup", false, List.of("民族", "ethnicgroup")),
                    new Column("mobile", false, List.of("手机", "手机号", "手机号码", "mobile")),
                    new Column("education", false, List.of("学历", "education")),
                    new Column("degree", false, List.of("学位", "degree")),
                    new Column("politicalStatus", false, List.of("政治面貌", "politicalstatus")),
                    new Column("professionalTitle", false, List.of("职称", "professionaltitle")),
                    new Column("titleLevel", false, List.of("职称等级", "titlelevel")),
                    new Column("employerCreditCode", false, List.of("工作单位统一社会信用代码", "employercreditcode")),
                    new Column("employerId", false, List.of("工作单位编号", "employerid")),
                    new Column("homeDivisionCode", false, List.of("户籍地代码", "户籍地", "homedivisioncode")),
                    new Column("categories", false, List.of("人才类别", "categories")),
                    new Column("specialties", false, List.of("专长", "specialties"))));

    private Columns() {
    }

    /** Which header of the file fills which field; headers the kind does not read are ignored. */
    static Map<String, String> fieldToHeader(ImportKind kind, List<String> headers) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String header : headers) {
            String key = normalise(header);
            for (Column column : BY_KIND.get(kind)) {
                if (column.headers().stream().anyMatch(h -> normalise(h).equals(key))) {
                    found.putIfAbsent(column.field(), header);
                }
            }
        }
        return found;
    }

    static String normalise(String header) {
        return header.replace("（", "(").replace("）", ")").replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }
}
