package org.ruraltalent.personnel;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Labelled;
import org.ruraltalent.common.Tabular;

/** People as a table, with Chinese headers and Chinese labels for codes; numbers as the caller may see them. */
@Schema(hidden = true) // answered only as CSV or XLSX, which the contract describes as files
public record PersonExport(Iterable<PersonDtos.PersonView> people) implements Tabular {

    @Override
    public List<String> tableHeaders() {
        return List.of("编号 Id", "姓名 Name", "身份证号 National ID", "性别 Gender", "出生年份 Birth year", "出生日期 Birth date",
                "民族 Ethnic group", "手机 Mobile", "学历 Education", "学位 Degree", "政治面貌 Political status", "职称 Title",
                "职称等级 Title level", "工作单位 Employer", "户籍地 Home division", "人才类别 Categories", "专长 Specialties",
                "状态 Status");
    }

    @Override
    public Iterable<List<Object>> tableRows() {
        return Tabular.map(people, p -> java.util.Arrays.asList(p.id(), p.name(), p.nationalId(), zh(p.gender()),
                p.birthYear(), p.birthDate(), zh(p.ethnicGroup()), p.mobile(), zh(p.education()), zh(p.degree()),
                zh(p.politicalStatus()), p.professionalTitle(), zh(p.titleLevel()), p.employer() == null ? null : p.employer().name(),
                p.homeDivisionCode(), p.categories().stream().map(PersonExport::zh).collect(Collectors.joining("、")),
                String.join("、", p.specialties()), zh(p.status())));
    }

    @Override
    public String tableTitle() {
        return "人才名册";
    }

    static String zh(Labelled code) {
        return code == null ? null : code.zh();
    }
}
