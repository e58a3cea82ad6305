package org.ruraltalent.demo;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.security.Callers;

/**
 * Loads the demo data set: only where {@code rural-talent.demo.enabled} is true (dev and test;
 * in production the path answers 404 like any path that does not exist), and only for
 * administrators.
 */
@Path("/api/v1/demo-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demo data", description = "A synthetic Guyuan that reproduces the city's report; dev and test only.")
public class DemoResource {

    @Inject
    DemoData demo;
    @Inject
    DemoConfig config;
    @Inject
    Callers callers;

    @POST
    @Operation(operationId = "loadDemoData", summary = "Load the demo data set", description = "Writes a synthetic Guyuan whose overview for 2021-01-01 to "
            + "2025-04-30 reproduces every figure of the city's report: 201 with the rows written; 200 when it is there already "
            + "(nothing changes). Administrators only; the path exists in dev and test, never in production.")
    @APIResponse(responseCode = "201", description = "Loaded; Location is the overview of the report's period.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemoData.Result.class)))
    @APIResponse(responseCode = "200", description = "Already loaded; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemoData.Result.class)))
    public RestResponse<DemoData.Result> load() {
        if (!config.enabled()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "detail.no-such-path");
        }
        if (!callers.isAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "detail.forbidden");
        }
        DemoData.Result result = demo.load();
        if (!result.created()) {
            return RestResponse.ok(result);
        }
        return RestResponse.ResponseBuilder.<DemoData.Result> created(URI.create(DemoData.OVERVIEW)).entity(result).build();
    }
}
