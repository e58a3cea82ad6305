package org.ruraltalent.assignment;

import org.ruraltalent.common.Labelled;

/** The role a person serves in. Dispatched roles name who sent the person and from which level;
 * local posts do not; some may be either. Residency roles live in the village they serve, and a
 * person holds at most one of them at a time. The lists are repeated in ck_assignment_dispatch
 * and ux_assignment_active_residency, which hold them under races. */
public enum AssignmentRole implements Labelled {
    FIRST_SECRETARY("驻村第一书记", "Village first secretary", Sending.DISPATCHED, true),
    WORK_TEAM_LEADER("驻村工作队队长", "Village work team leader", Sending.DISPATCHED, true),
    WORK_TEAM_MEMBER("驻村工作队队员", "Village work team member", Sending.DISPATCHED, true),
    ST_COMMISSIONER("科技特派员", "Science and technology commissioner", Sending.DISPATCHED, false),
    VISITING_TEACHER("支教教师", "Visiting teacher", Sending.DISPATCHED, false),
    VISITING_PRINCIPAL("交流校长", "Visiting principal", Sending.DISPATCHED, false),
    VISITING_DOCTOR("帮扶医生", "Visiting doctor", Sending.DISPATCHED, false),
    AGRICULTURAL_TECHNICIAN("产业技术服务组农技人员", "Agricultural technician of an industry service group", Sending.DISPATCHED, false),
    SERVICE_TEAM_EXPERT("乡村振兴服务团专家", "Rural revitalisation service team expert", Sending.DISPATCHED, false),
    SELECTED_GRADUATE("选调生到村任职", "Selected graduate training in a village", Sending.DISPATCHED, false),
    FAMILY_DOCTOR("家庭医生签约团队成员", "Family doctor team member", Sending.EITHER, false),
    PROGRAMME_VOLUNTEER("计划志愿者（三支一扶、西部计划等）", "Programme volunteer", Sending.EITHER, false),
    VILLAGE_PARTY_SECRETARY("村党组织书记", "Village Party secretary", Sending.LOCAL, false),
    VILLAGE_COMMITTEE_DIRECTOR("村委会主任", "Village committee director", Sending.LOCAL, false),
    VILLAGE_COMMITTEE_MEMBER("村“两委”委员", "Village committee member", Sending.LOCAL, false),
    SPECIAL_AGRICULTURAL_TECHNICIAN("特聘农技员（土专家、田秀才）", "Special agricultural technician (local expert)", Sending.LOCAL, false);

    /** Whether an assignment in this role names its sender. */
    public enum Sending { DISPATCHED, LOCAL, EITHER }

    public final Sending sending;
    /** Lives in the village it serves (first secretary, work team): one ACTIVE at a time per person. */
    public final boolean residency;
    private final String zh;
    private final String en;

    AssignmentRole(String zh, String en, Sending sending, boolean residency) {
        this.zh = zh;
        this.en = en;
        this.sending = sending;
        this.residency = residency;
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
