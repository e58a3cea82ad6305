package org.ruraltalent.training;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's training record, reachable from the person. */
@Path("/api/v1/personnel/{personId}/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class PersonTrainingResource {

    @Inject
    EnrolmentService enrolments;

    @GET
    @Operation(operationId = "listPersonTrainings", summary = "A person's training record", description = "Every enrolment with its programme and session, oldest first.")
    public List<TrainingDtos.PersonTrainingView> list(@PathParam("personId") UUID personId) {
        return enrolments.ofPerson(personId);
    }
}
