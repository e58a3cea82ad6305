package org.ruraltalent.assignment;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Problems;
import org.ruraltalent.personnel.PersonService;

/** A person's assignments, reachable from the person. */
@Path("/api/v1/personnel/{personId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
public class PersonAssignmentResource {

    @Inject
    AssignmentService assignments;
    @Inject
    PersonService people;

    @GET
    @Operation(operationId = "listPersonAssignments", summary = "A person's assignments", description = "Those the caller may see, oldest first.")
    public Page<AssignmentDtos.AssignmentView> list(@PathParam("personId") UUID personId, @BeanParam PageRequest page) {
        people.find(personId).orElseThrow(() -> Problems.notFound("person", personId));
        return assignments.list(new AssignmentService.Criteria(personId, null, null, null, null, null, null, null), page);
    }
}
