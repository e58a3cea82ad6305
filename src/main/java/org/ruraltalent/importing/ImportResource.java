package org.ruraltalent.importing;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Messages;
import org.ruraltalent.common.QueryParams;

@Path("/api/v1/import-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Bulk import of divisions, organisations, people, assignments and enrolments from CSV or XLSX, with Chinese or English headers.")
public class ImportResource {

    @Inject
    ImportService service;

    @POST
    @Idempotent
    @Consumes({ Sheet.CSV, Sheet.XLSX, MediaType.TEXT_PLAIN })
    @APIResponse(responseCode = "202", description = "The job, queued; follow Location until its state is SUCCEEDED or FAILED.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobs.Job.class)))
    @Operation(summary = "Import a spreadsheet", description = "The body is the file (text/csv, UTF-8 or the charset named; or XLSX). "
            + "A dry run checks every row and writes nothing; a commit writes all rows or none. Rows already held are left unchanged.")
    public RestResponse<ImportJobs.Job> submit(
            @QueryParam("kind") @Parameter(description = "divisions, organisations, personnel, assignments or enrolments.", required = true, example = "personnel") String kind,
            @QueryParam("mode") @Parameter(description = "dry-run (the default) or commit.", example = "dry-run") String mode,
            @QueryParam("fileName") @Parameter(description = "The file's name, kept with the job.", example = "人才名册.xlsx") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            HttpHeaders headers,
            byte[] body) {
        ImportJobs.Job job = service.submit(QueryParams.code(ImportKind.class, "kind", kind),
                QueryParams.code(ImportMode.class, "mode", mode == null ? null : mode.replace('-', '_')), fileName, body,
                contentType, Messages.negotiate(headers.getAcceptableLanguages()));
        return RestResponse.ResponseBuilder.<ImportJobs.Job>create(RestResponse.Status.ACCEPTED)
                .location(URI.create("/api/v1/import-jobs/" + job.id())).entity(job).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import job: its progress, counts and row errors", description = "The job's submitter, admins and auditors may read it.")
    public ImportJobs.Job get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
