package org.ruraltalent.team;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;
import org.ruraltalent.common.Responses;

@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Village work teams, family-doctor teams, industry technical service groups, county service teams, expert groups 团队.")
public class TeamResource {

    private static final String IF_MATCH_DOC = "ETag of the team being changed.";

    @Inject
    TeamService service;

    @GET
    @Operation(operationId = "listTeams", summary = "List teams", description = "Filter by type, division (at any depth), current member; keyset paged.")
    public Page<TeamDtos.TeamView> list(
            @QueryParam("type") @Parameter(example = "FAMILY_DOCTOR_TEAM") String type,
            @QueryParam("division") @Parameter(description = "Division code: teams working in it or below it.", example = "640422") String division,
            @QueryParam("member") @Parameter(description = "Person id of a current member.") String member,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.code(TeamType.class, "type", type), division, QueryParams.uuid("member", member), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTeam", summary = "Get a team",
            description = "The record with its ETag (send it as If-Match to change it). 404 when there is none with this id or it lies outside the caller's division scope.")
    public RestResponse<TeamDtos.TeamView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createTeam", summary = "Form a team",
            description = "Answers 201 with the team, its Location and ETag. The division must lie within the caller's scope.")
    public RestResponse<TeamDtos.TeamView> create(@Valid @NotNull TeamDtos.TeamCreate body) {
        TeamDtos.TeamView created = service.create(body);
        return Responses.created("/api/v1/teams/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateTeam", summary = "Change a team", description = "Requires If-Match.")
    public RestResponse<TeamDtos.TeamView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull TeamDtos.TeamPatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @GET
    @Path("{id}/members")
    @Operation(operationId = "listTeamMembers", summary = "Members of a team", description = "Current members, or everyone who ever was with includePast=true.")
    public List<TeamDtos.MemberView> members(@PathParam("id") UUID id,
            @QueryParam("includePast") @Parameter(description = "true to include members who left.") String includePast) {
        return service.members(id, Boolean.TRUE.equals(QueryParams.bool("includePast", includePast)));
    }

    @POST
    @Idempotent
    @Path("{id}/members")
    @APIResponse(responseCode = "201", description = "The membership added.", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamDtos.MemberView.class)))
    @Operation(operationId = "addTeamMember", summary = "Add a member", description = "Requires the team's If-Match; the team's ETag moves on.")
    public RestResponse<TeamDtos.MemberView> addMember(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull TeamDtos.MemberAdd body) {
        TeamDtos.MemberView member = service.addMember(id, ifMatch, body);
        return RestResponse.ResponseBuilder.<TeamDtos.MemberView>created(
                java.net.URI.create("/api/v1/teams/" + id + "/members")).entity(member).build();
    }

    @POST
    @Idempotent
    @Path("{id}/members/{memberId}/leave")
    @Operation(operationId = "leaveTeamMember", summary = "A member leaves", description = "Requires the team's If-Match; the membership is kept with its end date.")
    public TeamDtos.MemberView leave(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull TeamDtos.MemberLeave body) {
        return service.leave(id, memberId, ifMatch, body);
    }
}
