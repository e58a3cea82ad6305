package org.ruraltalent.codetable;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.assignment.AssignmentRole;
import org.ruraltalent.assignment.AssignmentStatus;
import org.ruraltalent.assignment.SendingLevel;
import org.ruraltalent.audit.AuditAction;
import org.ruraltalent.common.Labelled;
import org.ruraltalent.common.Problems;
import org.ruraltalent.demand.DemandStatus;
import org.ruraltalent.division.DivisionLevel;
import org.ruraltalent.organisation.HospitalGrade;
import org.ruraltalent.organisation.OrganisationType;
import org.ruraltalent.importing.ImportKind;
import org.ruraltalent.importing.ImportMode;
import org.ruraltalent.importing.ImportState;
import org.ruraltalent.personnel.Degree;
import org.ruraltalent.personnel.Education;
import org.ruraltalent.personnel.EthnicGroup;
import org.ruraltalent.personnel.Gender;
import org.ruraltalent.personnel.PersonStatus;
import org.ruraltalent.personnel.PoliticalStatus;
import org.ruraltalent.personnel.TalentCategory;
import org.ruraltalent.personnel.TitleLevel;
import org.ruraltalent.statistics.Area;
import org.ruraltalent.statistics.Unit;
import org.ruraltalent.platform.WorkstationKind;
import org.ruraltalent.project.FundingLevel;
import org.ruraltalent.project.ProjectStatus;
import org.ruraltalent.recruitment.PlacementStatus;
import org.ruraltalent.recruitment.ProgrammeKind;
import org.ruraltalent.team.TeamRole;
import org.ruraltalent.training.EnrolmentStatus;
import org.ruraltalent.training.ProgrammeType;
import org.ruraltalent.training.StudyStatus;
import org.ruraltalent.team.TeamType;
import org.ruraltalent.venture.VentureKind;

/**
 * Every code the API uses, with its Chinese and English labels, so callers can show them and
 * validate before sending. A table is named after its enum in kebab case ({@code talent-category}).
 */
@Path("/api/v1/code-tables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code tables", description = "Codes used by the API with zh-CN and en labels.")
public class CodeTableResource {

    /** Each code table of the API; a new enum in a request or response belongs here. */
    static final List<Class<? extends Enum<? extends Labelled>>> TABLES = List.of(
            DivisionLevel.class, OrganisationType.class, HospitalGrade.class, Gender.class, EthnicGroup.class,
            Education.class, Degree.class, PoliticalStatus.class, TitleLevel.class, TalentCategory.class,
            PersonStatus.class, AuditAction.class, AssignmentRole.class, AssignmentStatus.class, SendingLevel.class, TeamType.class,
            TeamRole.class, ProgrammeType.class, EnrolmentStatus.class, StudyStatus.class, Area.class, Unit.class,
            DemandStatus.class, ProgrammeKind.class, PlacementStatus.class, VentureKind.class, WorkstationKind.class,
            FundingLevel.class, ProjectStatus.class, ImportKind.class, ImportMode.class, ImportState.class);

    @Schema(name = "Code")
    public record Code(@Schema(maxLength = 40, example = "CADRE") String code, @Schema(maxLength = 200, example = "干部") String zh,
            @Schema(maxLength = 200, example = "Cadre") String en) {
    }

    @Schema(name = "CodeTable")
    public record CodeTable(@Schema(maxLength = 40, example = "talent-category") String name, @Schema(maxItems = 500) List<Code> codes) {
    }

    private static final Map<String, CodeTable> BY_NAME = new LinkedHashMap<>();

    static {
        for (Class<? extends Enum<? extends Labelled>> type : TABLES) {
            String name = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
            List<Code> codes = Arrays.stream(type.getEnumConstants())
                    .map(e -> new Code(e.name(), ((Labelled) e).zh(), ((Labelled) e).en()))
                    .toList();
            BY_NAME.put(name, new CodeTable(name, codes));
        }
    }

    @GET
    @Operation(operationId = "listCodeTables", summary = "All code tables",
            description = "Every code table the API uses (talent categories, roles, levels, statuses and the rest), each code with its Chinese and English label. The same for every caller; not paged.")
    public List<CodeTable> all() {
        return List.copyOf(BY_NAME.values());
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getCodeTable", summary = "One code table",
            description = "The codes of one table with their Chinese and English labels; 404 for a name not in the list of all code tables.")
    public CodeTable one(@PathParam("name") @Parameter(example = "talent-category",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[a-z]+(-[a-z]+)*$")) String name) {
        CodeTable table = BY_NAME.get(name);
        if (table == null) {
            throw Problems.notFound("code-table", name);
        }
        return table;
    }
}
