package org.ruraltalent.personnel;

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
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.common.Exports;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;
import org.ruraltalent.common.Responses;
import org.ruraltalent.common.TabularWriters;

@Path("/api/v1/personnel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Personnel", description = "The registry of people 人才: cadres, teachers, doctors, technicians, experts, returnees and more.")
public class PersonResource {

    @Inject
    PersonService service;

    @Inject
    Exports exports;

    /** The filters of the people list, shared by the list and its export. */
    public static class Filters {
        @QueryParam("category")
        @Parameter(description = "A talent category code.", example = "CADRE")
        public String category;
        @QueryParam("division")
        @Parameter(description = "Division code: people working there (or living there, without an employer), or serving there, at any depth below it.", example = "640402")
        public String division;
        @QueryParam("employer")
        @Parameter(description = "Organisation id.")
        public String employer;
        @QueryParam("status")
        @Parameter(description = "ACTIVE or INACTIVE.")
        public String status;
        @QueryParam("name")
        @Parameter(description = "Name starts with this text.", example = "马")
        public String name;
        @QueryParam("nationalId")
        @Parameter(description = "Exact national ID number.")
        public String nationalId;

        PersonService.Criteria criteria() {
            return new PersonService.Criteria(QueryParams.code(TalentCategory.class, "category", category), division,
                    QueryParams.uuid("employer", employer), QueryParams.code(PersonStatus.class, "status", status), name,
                    nationalId);
        }
    }

    @GET
    @Operation(operationId = "listPersonnel", summary = "List people", description = "Filter by category, division (at any depth below it), employer, status, name prefix or exact national ID; keyset paged.")
    public Page<PersonDtos.PersonView> list(@BeanParam Filters filters, @BeanParam PageRequest page) {
        return service.list(filters.criteria(), page);
    }

    @GET
    @Path("export")
    @Produces({ TabularWriters.CSV, TabularWriters.XLSX })
    @Operation(operationId = "exportPersonnel", summary = "Export people as CSV or XLSX", description = "The same filters as the list; every matching person (up to 100,000; a filter matching more is answered 422 before any row), with Chinese headers. Numbers are masked unless the caller may read personal data.")
    public PersonExport export(@BeanParam Filters filters) {
        var criteria = filters.criteria();
        return new PersonExport(exports.all(page -> service.list(criteria, page), n -> service.hasMoreThan(criteria, n)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPerson", summary = "Get a person",
            description = "The person with the ETag; ID and mobile numbers masked unless the caller may read personal data. 404 when there is none with this id or the person lies outside the caller's division scope.")
    public RestResponse<PersonDtos.PersonView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createPerson", summary = "Register a person",
            description = "Answers 201 with the person, its Location and ETag. The national ID is checked (check digit, birth date) and must not be held already (409); ID and mobile numbers are stored encrypted and answered masked unless the caller may read personal data.")
    public RestResponse<PersonDtos.PersonView> create(@Valid @NotNull PersonDtos.PersonCreate body) {
        PersonDtos.PersonView created = service.create(body);
        return Responses.created("/api/v1/personnel/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updatePerson", summary = "Change a person", description = "Requires If-Match with the ETag of the last read. Categories and specialties, when given, replace the old ones.")
    public RestResponse<PersonDtos.PersonView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed.", required = true) String ifMatch,
            @Valid @NotNull PersonDtos.PersonPatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/deactivate")
    @Operation(operationId = "deactivatePerson", summary = "Deactivate a person", description = "Takes the person out of the active pool with a reason; requires If-Match.")
    public RestResponse<PersonDtos.PersonView> deactivate(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed.", required = true) String ifMatch,
            @Valid @NotNull PersonDtos.PersonDeactivation body) {
        return Responses.ok(service.deactivate(id, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/reactivate")
    @Operation(operationId = "reactivatePerson", summary = "Reactivate a person", description = "Requires If-Match.")
    public RestResponse<PersonDtos.PersonView> reactivate(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed.", required = true) String ifMatch) {
        return Responses.ok(service.reactivate(id, ifMatch));
    }
}
