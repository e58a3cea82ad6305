package org.ruraltalent.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.ruraltalent.training.ProgrammeType;
import org.ruraltalent.training.TrainingCounts;

/**
 * The figures of the report's table, each counted from live data in one SQL statement per
 * area. People are counted once (count distinct), person-times per attendance plus head counts
 * ({@link TrainingCounts}), and every count is limited to the caller's scope and the criteria.
 */
@ApplicationScoped
public class ReportFigures {

    /** Titles at or above intermediate, and hospitals of grade 2A or better: the report's doctors. */
    private static final String SENIOR_TITLES = "('INTERMEDIATE', 'ASSOCIATE_SENIOR', 'SENIOR')";
    private static final String GRADE_2A_OR_BETTER = "('GRADE_3A', 'GRADE_3B', 'GRADE_3C', 'GRADE_2A')";
    private static final String SERVED = "('ACTIVE', 'COMPLETED', 'RECALLED')";

    @Inject
    EntityManager em;
    @Inject
    TrainingCounts training;

    /**
     * The doctors' title and hospital are looked up only for visiting doctors' assignments (the
     * filter's conditions stop at the first false): joining every assignment to its person and
     * sender would read the whole person table to qualify a few rows.
     */
    public List<Figure> dispatch(StatisticsCriteria c) {
        Object[] a = single(c, """
                select count(distinct a.person_id) filter (where a.role in ('FIRST_SECRETARY', 'WORK_TEAM_LEADER', 'WORK_TEAM_MEMBER')
                                                              and a.host_level = 'VILLAGE'),
                       count(distinct a.person_id) filter (where a.role = 'FIRST_SECRETARY'),
                       count(distinct a.person_id) filter (where a.role = 'ST_COMMISSIONER'),
                       count(distinct a.person_id) filter (where a.role = 'ST_COMMISSIONER' and a.sending_level = 'CITY'),
                       count(distinct a.person_id) filter (where a.role in ('VISITING_TEACHER', 'VISITING_PRINCIPAL')),
                       count(distinct a.person_id) filter (where a.role = 'VISITING_DOCTOR'
                            and (select p.title_level from person p where p.id = a.person_id) in %s
                            and (select s.hospital_grade from organisation s where s.id = a.sending_organisation_id) in %s)
                from assignment a
                join division hd on hd.id = a.host_division_id
                where a.status in %s and a.start_date between :from and :to
                  and hd.path like :scope and hd.path like :within
                  and (:level = '' or a.sending_level = :level)
                """.formatted(SENIOR_TITLES, GRADE_2A_OR_BETTER, SERVED), true);
        Object[] t = single(c, """
                select count(distinct t.id) filter (where t.type = 'FAMILY_DOCTOR_TEAM'),
                       count(distinct m.person_id) filter (where t.type = 'FAMILY_DOCTOR_TEAM'),
                       count(distinct t.id) filter (where t.type = 'INDUSTRY_TECH_GROUP'),
                       count(distinct m.person_id) filter (where t.type = 'INDUSTRY_TECH_GROUP'),
                       (select count(distinct so.organisation_id) from team_served_organisation so
                          join team g on g.id = so.team_id join division gd on gd.id = g.division_id
                         where g.type = 'INDUSTRY_TECH_GROUP' and gd.path like :scope and gd.path like :within
                           and (g.formed_on is null or g.formed_on <= :to) and (g.dissolved_on is null or g.dissolved_on >= :from))
                from team t
                join division d on d.id = t.division_id
                left join team_member m on m.team_id = t.id and m.joined_on <= :to and (m.left_on is null or m.left_on >= :from)
                where (t.formed_on is null or t.formed_on <= :to) and (t.dissolved_on is null or t.dissolved_on >= :from)
                  and d.path like :scope and d.path like :within
                """, false);
        Area d = Area.DISPATCH;
        return List.of(
                Figure.count("dispatch.village-cadres", d, "选派到村干部（第一书记和驻村工作队）", "Cadres sent to villages (first secretaries and work teams)", Unit.PEOPLE, n(a[0])),
                Figure.count("dispatch.first-secretaries", d, "其中第一书记", "of them first secretaries", Unit.PEOPLE, n(a[1])),
                Figure.count("dispatch.st-commissioners", d, "科技特派员", "Science and technology commissioners", Unit.PEOPLE, n(a[2])),
                Figure.count("dispatch.st-commissioners-city", d, "其中市级聘任科技特派员", "of them appointed at city level", Unit.PEOPLE, n(a[3])),
                Figure.count("dispatch.teachers", d, "到乡村学校和薄弱学校任教的校长教师", "Principals and teachers sent to rural and weak schools", Unit.PEOPLE, n(a[4])),
                Figure.count("dispatch.doctors", d, "二甲以上医院中级职称以上帮扶医生", "Doctors (intermediate title or above, grade-2A-or-better hospitals) helping township health centres", Unit.PEOPLE, n(a[5])),
                Figure.count("dispatch.family-doctor-teams", d, "家庭医生签约服务团队", "Family-doctor contract teams", Unit.TEAMS, n(t[0])),
                Figure.count("dispatch.family-doctor-members", d, "家庭医生签约服务团队成员", "Members of family-doctor contract teams", Unit.PEOPLE, n(t[1])),
                Figure.count("dispatch.tech-groups", d, "产业技术服务组", "Industry technical service groups", Unit.TEAMS, n(t[2])),
                Figure.count("dispatch.tech-group-technicians", d, "产业技术服务组农业技术骨干", "Agricultural technicians in the groups", Unit.PEOPLE, n(t[3])),
                Figure.count("dispatch.tech-group-served", d, "产业技术服务组进驻的农业企业、家庭农场等", "Enterprises, family farms and the like the groups are stationed at", Unit.ORGANISATIONS, n(t[4])));
    }

    /**
     * Reserve cadres are counted where the person is placed: the employer's division, else the
     * home division, as kept on {@code person_category.location_path} (V15).
     */
    public List<Figure> cultivation(StatisticsCriteria c, String divisionCode) {
        Object[] leadership = single(c, """
                with villages as (
                    select v.parent_id,
                           exists (select 1 from assignment a where a.host_division_id = v.id and a.status = 'ACTIVE'
                                    and a.role = 'VILLAGE_PARTY_SECRETARY')
                       and exists (select 1 from assignment a where a.host_division_id = v.id and a.status = 'ACTIVE'
                                    and a.role = 'VILLAGE_COMMITTEE_DIRECTOR') as complete
                    from division v where v.level = 'VILLAGE' and v.path like :scope and v.path like :within)
                select (select count(*) from villages where complete),
                       (select count(*) from (select parent_id from villages group by parent_id having bool_and(complete)) t),
                       (select count(*) from person_category pc join person p on p.id = pc.person_id
                         where pc.category = 'RESERVE_CADRE' and p.status = 'ACTIVE'
                           and pc.location_path like :scope and pc.location_path like :within),
                       (select count(distinct en.person_id) from training_enrolment en
                          join training_session s on s.id = en.session_id join training_programme tp on tp.id = s.programme_id
                          join division pd on pd.id = tp.division_id
                         where tp.type = 'DEGREE_UPGRADE' and en.status <> 'WITHDRAWN' and s.starts_on between :from and :to
                           and pd.path like :scope and pd.path like :within)
                """, false);
        TrainingCounts.Counts special = training.count(new TrainingCounts.Criteria(c.from(), c.to(), divisionCode, ProgrammeType.SPECIAL_CLASS), c.scope());
        TrainingCounts.Volume onboarding = training.volume(new TrainingCounts.Criteria(c.from(), c.to(), divisionCode, ProgrammeType.ONBOARDING), c.scope());
        TrainingCounts.Volume skills = training.volume(new TrainingCounts.Criteria(c.from(), c.to(), divisionCode, ProgrammeType.SKILLS), c.scope());
        Area a = Area.CULTIVATION;
        return List.of(
                Figure.count("cultivation.complete-townships", a, "领导班子配齐的乡镇", "Townships whose villages all have complete leadership teams", Unit.DIVISIONS, n(leadership[1])),
                Figure.count("cultivation.complete-villages", a, "领导班子配齐的行政村", "Villages with a complete leadership team", Unit.DIVISIONS, n(leadership[0])),
                Figure.count("cultivation.reserve-cadres", a, "后备干部", "Reserve cadres", Unit.PEOPLE, n(leadership[2])),
                Figure.count("cultivation.degree-upgrade", a, "参加学历提升教育的村“两委”成员和“两个带头人”", "Village leaders in degree-upgrade education", Unit.PEOPLE, n(leadership[3])),
                Figure.count("cultivation.special-classes", a, "乡村振兴专题培训班", "Special rural-revitalisation classes", Unit.SESSIONS, special.sessions()),
                Figure.count("cultivation.special-class-trainees", a, "专题培训班培训人数", "People trained in the special classes", Unit.PEOPLE, special.people()),
                Figure.count("cultivation.onboarding-sessions", a, "村干部任职培训", "Onboarding training sessions for village cadres", Unit.SESSIONS, onboarding.sessions()),
                Figure.count("cultivation.onboarding-person-times", a, "任职培训人次", "Onboarding training person-times", Unit.PERSON_TIMES, onboarding.personTimes()),
                Figure.count("cultivation.skills-person-times", a, "能力素质培训人次", "Skills training person-times", Unit.PERSON_TIMES, skills.personTimes()));
    }

    public List<Figure> introduction(StatisticsCriteria c) {
        Object[] r = single(c, """
                select (select count(distinct td.division_id) from talent_demand td join division d on d.id = td.division_id
                         where td.division_level = 'TOWNSHIP' and td.year between extract(year from cast(:from as date))
                               and extract(year from cast(:to as date)) and d.path like :scope and d.path like :within),
                       count(distinct pl.person_id) filter (where rp.kind = 'URGENT_TALENT' or pl.demand_id is not null),
                       count(distinct pl.person_id) filter (where rp.kind = 'SELECTED_GRADUATE'),
                       count(distinct pl.person_id) filter (where rp.kind = 'SPECIAL_POST_TEACHER'),
                       count(distinct pl.person_id) filter (where rp.kind = 'THREE_SUPPORTS_ONE_ASSISTANCE'),
                       count(distinct pl.person_id) filter (where rp.kind = 'WESTERN_VOLUNTEER'),
                       (select count(distinct pa.id) from partnership pa join division d on d.id = pa.division_id
                         where pa.started_on <= :to and (pa.ended_on is null or pa.ended_on >= :from)
                           and d.path like :scope and d.path like :within),
                       (select count(distinct pe.person_id) from partnership_expert pe join partnership pa on pa.id = pe.partnership_id
                          join division d on d.id = pa.division_id
                         where pe.joined_on <= :to and (pe.left_on is null or pe.left_on >= :from)
                           and d.path like :scope and d.path like :within),
                       (select count(distinct v.founder_id) from venture v join division d on d.id = v.division_id
                         where v.founded_on between :from and :to and d.path like :scope and d.path like :within),
                       (select count(*) from venture v join division d on d.id = v.division_id
                         where v.founded_on between :from and :to and d.path like :scope and d.path like :within)
                from placement pl
                join recruitment_programme rp on rp.id = pl.programme_id
                join organisation o on o.id = pl.organisation_id
                join division d on d.id = o.division_id
                where pl.status = 'PLACED' and pl.placed_on between :from and :to and d.path like :scope and d.path like :within
                """, false);
        Area a = Area.INTRODUCTION;
        return List.of(
                Figure.count("introduction.demand-catalogues", a, "编制急需紧缺人才目录的乡镇", "Townships with a catalogue of urgently needed talent", Unit.DIVISIONS, n(r[0])),
                Figure.count("introduction.urgent-recruited", a, "引进急需紧缺人才", "Urgently needed talent recruited", Unit.PEOPLE, n(r[1])),
                Figure.count("introduction.selected-graduates", a, "新录用选调生到村锻炼", "Newly hired selected graduates sent to villages", Unit.PEOPLE, n(r[2])),
                Figure.count("introduction.special-post-teachers", a, "农村教师特岗计划", "Special-post rural teachers", Unit.PEOPLE, n(r[3])),
                Figure.count("introduction.three-supports", a, "“三支一扶”计划", "Three supports, one assistance", Unit.PEOPLE, n(r[4])),
                Figure.count("introduction.western-volunteers", a, "志愿服务西部计划", "Western Region volunteers", Unit.PEOPLE, n(r[5])),
                Figure.count("introduction.partnerships", a, "校地合作", "Partnerships with universities", Unit.PARTNERSHIPS, n(r[6])),
                Figure.count("introduction.partnership-experts", a, "合作院校选派专家", "Visiting experts from partners", Unit.PEOPLE, n(r[7])),
                Figure.count("introduction.returnee-founders", a, "返乡创业人才（引凤还巢）", "Returnees who founded ventures", Unit.PEOPLE, n(r[8])),
                Figure.count("introduction.ventures", a, "返乡创办的企业和项目", "Ventures founded by returnees", Unit.ORGANISATIONS, n(r[9])));
    }

    public List<Figure> platforms(StatisticsCriteria c) {
        Object[] r = single(c, """
                select count(*) filter (where w.kind = 'WORKSTATION'),
                       count(*) filter (where w.kind = 'INCUBATOR'),
                       count(*) filter (where w.kind = 'TALENT_HOME'),
                       (select count(*) from team t join division d on d.id = t.division_id
                         where t.type = 'COUNTY_SERVICE_TEAM' and (t.formed_on is null or t.formed_on <= :to)
                           and (t.dissolved_on is null or t.dissolved_on >= :from) and d.path like :scope and d.path like :within),
                       (select count(distinct split_part(d.path, '/', 4)) from team t join division d on d.id = t.division_id
                         where t.type = 'COUNTY_SERVICE_TEAM' and (t.formed_on is null or t.formed_on <= :to)
                           and (t.dissolved_on is null or t.dissolved_on >= :from) and d.path like :scope and d.path like :within),
                       (select count(distinct x.person_id) from (
                            select a.person_id from assignment a join division d on d.id = a.host_division_id
                             where a.role = 'SPECIAL_AGRICULTURAL_TECHNICIAN' and a.status in %s
                               and a.start_date between :from and :to and d.path like :scope and d.path like :within
                            union
                            select pl.person_id from placement pl join recruitment_programme rp on rp.id = pl.programme_id
                              join organisation o on o.id = pl.organisation_id join division d on d.id = o.division_id
                             where rp.kind = 'SPECIAL_AGRICULTURAL_TECHNICIAN' and pl.status = 'PLACED'
                               and pl.placed_on between :from and :to and d.path like :scope and d.path like :within) x),
                       (select count(*) from talent_project tp join division d on d.id = tp.division_id
                         where tp.status <> 'CANCELLED' and tp.year between extract(year from cast(:from as date))
                               and extract(year from cast(:to as date)) and d.path like :scope and d.path like :within),
                       (select coalesce(sum(tp.funding_amount), 0) from talent_project tp join division d on d.id = tp.division_id
                         where tp.status <> 'CANCELLED' and tp.year between extract(year from cast(:from as date))
                               and extract(year from cast(:to as date)) and d.path like :scope and d.path like :within)
                from workstation w join division d on d.id = w.division_id
                where w.opened_on <= :to and (w.closed_on is null or w.closed_on >= :from)
                  and d.path like :scope and d.path like :within
                """.formatted(SERVED), false);
        Area a = Area.PLATFORMS;
        return List.of(
                Figure.count("platforms.workstations", a, "乡村人才工作站", "Rural talent workstations", Unit.PLATFORMS, n(r[0])),
                Figure.count("platforms.incubators", a, "乡村人才孵化园", "Talent incubators", Unit.PLATFORMS, n(r[1])),
                Figure.count("platforms.talent-homes", a, "乡村人才之家", "Talent homes", Unit.PLATFORMS, n(r[2])),
                Figure.count("platforms.service-teams", a, "乡村振兴服务团", "Rural revitalisation service teams", Unit.TEAMS, n(r[3])),
                Figure.count("platforms.counties-with-service-team", a, "组建服务团的县区", "Counties with at least one service team", Unit.DIVISIONS, n(r[4])),
                Figure.count("platforms.special-agri-technicians", a, "特聘农技员（土专家、田秀才）", "Local experts hired as special agricultural technicians", Unit.PEOPLE, n(r[5])),
                Figure.count("platforms.talent-projects", a, "人才项目", "Talent projects funded", Unit.PROJECTS, n(r[6])),
                Figure.amount("platforms.talent-project-funding", a, "人才项目支持资金", "Funding of talent projects", (java.math.BigDecimal) r[7]));
    }

    /**
     * Runs a statement taking :from, :to, :scope, :within (and :level when {@code withLevel}),
     * answering one row.
     */
    Object[] single(StatisticsCriteria c, String sql, boolean withLevel) {
        Query query = em.createNativeQuery(sql);
        for (Map.Entry<String, Object> p : parameters(c).entrySet()) {
            if (!p.getKey().equals("level") || withLevel) {
                query.setParameter(p.getKey(), p.getValue());
            }
        }
        Object result = query.getSingleResult();
        return result instanceof Object[] row ? row : new Object[] { result };
    }

    Map<String, Object> parameters(StatisticsCriteria c) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("from", c.fromOrMin());
        p.put("to", c.toOrMax());
        p.put("scope", c.scope());
        p.put("within", c.within() == null ? "%" : c.within());
        p.put("level", c.sendingLevel() == null ? "" : c.sendingLevel().name());
        return p;
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static List<Figure> concat(List<List<Figure>> parts) {
        List<Figure> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }
}
