package org.ruraltalent.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.security.Callers;

/**
 * Loads the demo data set: only where {@code rural-talent.demo.enabled} is true (dev and test,
 * never production, where the path does not exist), and only for administrators.
 */
@Path("/api/v1/demo-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demo data", description = "A synthetic Guyuan that reproduces the city's report; dev and test only.")
public class DemoResource {

    @Inject
    DemoData demo;
    @Inject
    Callers callers;
    @ConfigProperty(name = "rural-talent.demo.enabled", defaultValue = "false")
    boolean enabled;

    @POST
    @Operation(summary = "Load the demo data set", description = "201 with what was created; 200 when it is already there. Administrators, dev and test only.")
    public RestResponse<DemoData.Result> load() {
        if (!enabled) {
            throw new ProblemException(ProblemType.NOT_FOUND, "detail.no-such-path");
        }
        if (!callers.isAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "detail.forbidden");
        }
        DemoData.Result result = demo.load();
        return RestResponse.status(result.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, result);
    }
}
