package org.ruraltalent.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.ruraltalent.common.Messages;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Problems;
import org.ruraltalent.common.QueryParams;

@Path("/api/v1/import-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Bulk import of divisions, organisations, people, assignments and enrolments from CSV or "
        + "XLSX, with Chinese or English headers, as jobs.")
public class ImportResource {

    private static final String KINDS = "divisions, organisations, personnel, assignments or enrolments.";
    private static final String ABOUT = "A dry run (the default) checks every row through the same rules as the API, those the "
            + "database holds included, and writes nothing; a commit writes all rows or none. Rows whose record is already held are left unchanged (people "
            + "get the fields their row changes). Headers in Chinese or English; codes as codes or their Chinese labels. "
            + "Answers 202 at once; the job runs on a worker as the caller, within the caller's division scope.";

    @Inject
    ImportService service;

    @POST
    @Consumes({ Sheet.CSV, Sheet.XLSX, MediaType.TEXT_PLAIN })
    @APIResponse(responseCode = "202", description = "The job, queued; follow Location until its state is SUCCEEDED or FAILED.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobs.Job.class)))
    @APIResponse(responseCode = "415", description = "The body is neither CSV nor XLSX.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @Operation(operationId = "createImportJob", summary = "Import a spreadsheet", description = "The body is the file: text/csv (UTF-8, with or without BOM, "
            + "or the charset named, e.g. text/csv; charset=GB18030) or XLSX (its first sheet); or a form upload "
            + "(multipart/form-data) whose field `file` is the file. " + ABOUT)
    public RestResponse<ImportJobs.Job> submit(
            @QueryParam("kind") @Parameter(description = KINDS, required = true, example = "personnel") String kind,
            @QueryParam("mode") @Parameter(description = "dry-run (the default) or commit.", example = "dry-run") String mode,
            @QueryParam("fileName") @Parameter(description = "The file's name, kept with the job.", example = "人才名册.xlsx") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(hidden = true) String acceptLanguage,
            @Schema(type = SchemaType.STRING, format = "binary") InputStream body) {
        return submit(kind(kind), mode(mode), fileName, contentType, language(acceptLanguage), body);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(responseCode = "202", description = "The job, queued; follow Location until its state is SUCCEEDED or FAILED.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobs.Job.class)))
    @APIResponse(responseCode = "415", description = "The file is neither CSV nor XLSX.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @Operation(summary = "Import a spreadsheet uploaded in a form", description = "The form's `file` field is the file; its "
            + "type is taken from the part's Content-Type, or from the name's extension (.csv, .xlsx). " + ABOUT)
    public RestResponse<ImportJobs.Job> submitForm(
            @QueryParam("kind") @Parameter(description = KINDS, required = true, example = "personnel") String kind,
            @QueryParam("mode") @Parameter(description = "dry-run (the default) or commit.", example = "dry-run") String mode,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(hidden = true) String acceptLanguage,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) {
            throw Problems.invalidField("file", "NotNull", "import.form-file");
        }
        String type = file.contentType() == null || file.contentType().startsWith(MediaType.APPLICATION_OCTET_STREAM)
                ? Sheet.typeOfName(file.fileName()) : file.contentType();
        InputStream body;
        try {
            body = Files.newInputStream(file.uploadedFile());
        } catch (IOException e) {
            throw Problems.invalidField("file", "Unreadable", "import.unreadable");
        }
        return submit(kind(kind), mode(mode), file.fileName(), type, language(acceptLanguage), body);
    }

    /**
     * What can be refused before the file is read is refused first; then the file is stored as it
     * arrives, and only then, with its digest known, is the request checked against its
     * Idempotency-Key and the job made. A stored file that no job took is deleted.
     */
    private RestResponse<ImportJobs.Job> submit(ImportKind kind, ImportMode mode, String fileName, String contentType,
            Locale language, InputStream body) {
        ImportFiles.Received file;
        try (body) {
            service.check(kind, contentType);
            file = service.receive(body);
        } catch (IOException e) {
            throw Problems.invalidField("body", "Unreadable", "import.unreadable");
        }
        try {
            return service.submit(kind, mode, fileName, contentType, language, file);
        } finally {
            service.release(file);
        }
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImportJob", summary = "An import job: its state, progress and counts", description = "The job's submitter, admins and "
            + "auditors may read it.")
    public ImportJobs.Job get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/errors")
    @Operation(operationId = "listImportJobErrors", summary = "An import job's row errors", description = "Row (as numbered in the spreadsheet, the header being "
            + "row 1), column (by the file's own header) and problem, in the submitter's language, in row order; keyset "
            + "paged. The first 1,000 are kept; errorCount on the job counts them all.")
    public Page<ImportJobs.ImportError> errors(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.errors(id, page);
    }

    private static ImportKind kind(String kind) {
        return QueryParams.code(ImportKind.class, "kind", kind);
    }

    private static ImportMode mode(String mode) {
        return QueryParams.code(ImportMode.class, "mode", mode == null ? null : mode.replace('-', '_'));
    }

    private static Locale language(String acceptLanguage) {
        try {
            return Messages.negotiate(acceptLanguage == null ? java.util.List.of()
                    : Locale.LanguageRange.parse(acceptLanguage).stream().map(r -> Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException e) {
            return Messages.CHINESE;
        }
    }

}
