package org.ruraltalent.assignment;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Tabular;

/** Assignments as a table, with Chinese headers and Chinese labels for codes. */
@Schema(hidden = true) // answered only as CSV or XLSX, which the contract describes as files
public record AssignmentExport(Iterable<AssignmentDtos.AssignmentView> assignments) implements Tabular {

    @Override
    public List<String> tableHeaders() {
        return List.of("编号 Id", "姓名 Person", "岗位 Role", "派驻单位 Host", "派驻地代码 Division code", "派驻地 Division",
                "派出单位 Sender", "选派层级 Sending level", "批次 Batch year", "开始日期 Start", "计划结束 Planned end",
                "实际结束 Actual end", "状态 Status", "结束原因 End reason");
    }

    @Override
    public Iterable<List<Object>> tableRows() {
        return Tabular.map(assignments, a -> Arrays.asList(a.id(), a.person().name(), a.role().zh(),
                a.host().name(), a.hostDivisionCode(), a.hostDivisionName(), a.sender() == null ? null : a.sender().name(),
                a.sendingLevel() == null ? null : a.sendingLevel().zh(), a.batchYear(), a.startDate(), a.plannedEndDate(),
                a.actualEndDate(), a.status().zh(), a.endReason()));
    }

    @Override
    public String tableTitle() {
        return "选派任职名册";
    }
}
