package org.ruraltalent.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.common.PageRequest;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Every committed change, in an order that never skips or repeats, for systems that keep a copy.")
public class ChangeFeedResource {

    @Inject
    ChangeFeed feed;

    @GET
    @Operation(operationId = "listChanges", summary = "Changes after a cursor", description = "Start without `after`; then pass each answer's nextCursor. An empty page means nothing new yet: ask again later with the same cursor. Only changes to records the caller may see.")
    public ChangeFeed.Page after(
            @QueryParam("after") @Parameter(description = "The nextCursor of the previous page; absent to start from the beginning.") String after,
            @QueryParam("limit") @Parameter(description = "Events per page, 1 to 200 (default 50).") String limit) {
        PageRequest page = new PageRequest();
        page.limit = limit;
        return feed.after(after, page);
    }
}
