package org.ruraltalent.common;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponses;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createParameter;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;
import static org.eclipse.microprofile.openapi.OASFactory.createSecurityRequirement;
import static org.eclipse.microprofile.openapi.OASFactory.createServer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes the API conventions of DESIGN.md into the published contract once, so resources need
 * not repeat them on every operation under {@code /api/v1}: problem responses, {@code ETag},
 * {@code If-Match}, {@code Idempotency-Key} and {@code Accept-Language}. It runs once, when the
 * build writes the document; the running service serves that document and does not filter it again
 * at every start. It only adds what is missing, in a fixed order, so the document is the same byte
 * for byte on every build and running it twice changes nothing.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    private static final String API = "/api/v1";
    private static final String IF_MATCH = "If-Match";
    /** The security scheme Quarkus declares from quarkus.smallrye-openapi.security-scheme-name. */
    private static final String BEARER = "bearer";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PATCH, HttpMethod.PUT);

    /** The problem each status means here, as a reusable response named after it. */
    private record ProblemAnswer(String status, String name, String description) {
    }

    private static final List<ProblemAnswer> PROBLEMS = List.of(
            new ProblemAnswer("400", "BadRequest", "The request is not valid: unreadable JSON, an unknown field, or a "
                    + "field, parameter or header outside its rules; `errors` names each one."),
            new ProblemAnswer("401", "Unauthorized", "No bearer token, or one that is expired, wrongly signed or from "
                    + "another issuer."),
            new ProblemAnswer("403", "Forbidden", "The token's roles do not allow this, or it names no usable division."),
            new ProblemAnswer("404", "NotFound", "Nothing exists at this path, or the caller may not see it."),
            new ProblemAnswer("409", "Conflict", "Conflicts with data already held (a duplicate, or a state that does not "
                    + "allow the change), or a request with the same Idempotency-Key is still in progress."),
            new ProblemAnswer("412", "PreconditionFailed", "If-Match does not name the current version: the record "
                    + "changed since it was read. Read it again and retry."),
            new ProblemAnswer("413", "PayloadTooLarge", "The body is larger than the service accepts (10 MB; an import file 50 MB)."),
            new ProblemAnswer("422", "UnprocessableContent", "A business rule refuses the change, or the Idempotency-Key "
                    + "was already used for a different request; for an export, more rows match than an export holds."),
            new ProblemAnswer("428", "PreconditionRequired", "If-Match is missing: send the ETag of the version read."),
            new ProblemAnswer("429", "TooManyRequests", "The caller made more requests this minute than its limit; retry after "
                    + "`Retry-After` seconds. Every answer carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`."),
            new ProblemAnswer("500", "InternalError", "An unexpected failure; quote `requestId` when reporting it."),
            new ProblemAnswer("503", "ServiceUnavailable", "The database cannot be reached or gave no connection in time, a statement ran past its "
                    + "time limit, the request collided with concurrent changes, as many exports (or import files, or statistics counts) as the "
                    + "service handles at once are being written (or received, or counted) already, or the service is shutting down; nothing was changed. Retry after "
                    + "`Retry-After` seconds; a create retried with the same Idempotency-Key is never made twice."));

    /** Headers of RateLimitFilter on every answer to a caller it counted (all but unreadable tokens). */
    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(createComponents());
        }
        addComponents(openAPI.getComponents());
        limitSharedSchemas(openAPI.getComponents().getSchemas());
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(createServer().url("/").description("The deployment serving this document (local, "
                    + "staging or production); the API is for other government systems, not the public.")
                    .addExtension("x-internal", true));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        new TreeMap<>(openAPI.getPaths().getPathItems()).forEach((path, item) -> {
            if (path.equals(API) || path.startsWith(API + "/")) {
                new TreeMap<>(item.getOperations()).forEach((method, operation) -> apply(path, method, operation,
                        openAPI.getComponents().getSchemas()));
            }
        });
    }

    /**
     * Removes the {@code type} the scanner repeats beside a {@code $ref} (the referenced schema
     * has its own, with its limits), so the reference is the whole description of the value.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        // The scanner inlines a UUID or a date in a collection's items without the length of its text.
        if ("uuid".equals(schema.getFormat()) && schema.getMaxLength() == null) {
            schema.maxLength(36);
        }
        if ("date".equals(schema.getFormat()) && schema.getMaxLength() == null) {
            schema.maxLength(10);
        }
        return schema;
    }

    /** Limits of the value types every feature shares, which the scanner writes without them. */
    private static void limitSharedSchemas(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        Schema uuid = schemas.get("UUID");
        if (uuid != null) {
            uuid.maxLength(36).pattern("^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$")
                    .examples(List.of("01a2225a-7903-7c46-8bcd-36f2742e09de"));
        }
        Schema date = schemas.get("LocalDate");
        if (date != null) {
            date.maxLength(10).examples(List.of("2024-05-31"));
        }
        Schema instant = schemas.get("Instant");
        if (instant != null) {
            // ISO-8601 with nanoseconds and an offset is at most 35 characters for years up to 9999.
            instant.maxLength(35).examples(List.of("2024-05-31T08:30:00Z"));
        }
        schemas.values().forEach(OpenApiConventions::limitVersion);
    }

    /** Every record's {@code version} (its ETag) counts up from 0 in a bigint column. */
    private static void limitVersion(Schema schema) {
        Schema version = schema.getProperties() == null ? null : schema.getProperties().get("version");
        if (version != null && version.getRef() == null && version.getMinimum() == null) {
            version.minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Long.MAX_VALUE))
                    .description("The record's version, which its ETag carries; it grows by one with each change.");
        }
    }

    private static void apply(String path, HttpMethod method, Operation operation,
            Map<String, Schema> schemas) {
        if (operation.getResponses() == null) {
            operation.setResponses(createAPIResponses());
        }
        boolean byId = path.contains("{");
        // A create: a POST on a collection, or one that declares its 201 (nested collections such as members).
        boolean create = method == HttpMethod.POST && (!byId || operation.getResponses().getAPIResponse("201") != null);
        if (create) {
            answerCreatedWithLocation(operation);
        }
        operation.setSecurity(List.of(createSecurityRequirement().addScheme(BEARER)));
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(p.getName()));
        if (answersVersionedRecord(operation, schemas)
                && (method == HttpMethod.POST || method == HttpMethod.PATCH || method == HttpMethod.GET && byId)) {
            addHeaderRef(operation, "ETag", "200", "201");
        }
        if (method == HttpMethod.POST) {
            addHeaderRef(operation, "Idempotent-Replayed", "200", "201", "202");
            addParameterRef(operation, "Idempotency-Key");
        }
        limitParameters(operation);
        addParameterRef(operation, "Accept-Language");
        describeTablesAsFiles(operation);
        for (ProblemAnswer problem : PROBLEMS) {
            boolean applies = switch (problem.status()) {
                case "404" -> byId;
                case "409", "413" -> WRITES.contains(method);
                case "422" -> WRITES.contains(method) || answersFilesOnly(operation);
                case "412", "428" -> ifMatch;
                default -> true;
            };
            if (applies) {
                addProblem(operation, problem);
            }
        }
        APIResponses responses = operation.getResponses();
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null && (status.startsWith("2") || status.startsWith("4"))) {
                RATE_LIMIT_HEADERS.forEach(header -> addHeaderRef(operation, header, status));
            }
        });
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    /**
     * Writes the limits {@link QueryValues} and {@link Etags} enforce on every text query parameter
     * and If-Match header; parameters with a type of their own (a UUID, a code) keep theirs.
     */
    private static void limitParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (parameter.getRef() != null || schema == null || schema.getRef() != null
                    || schema.getType() == null || !schema.getType().contains(SchemaType.STRING)) {
                continue;
            }
            if (parameter.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                schema.maxLength(Etags.IF_MATCH_MAX_LENGTH).pattern(Etags.IF_MATCH_PATTERN);
                if (parameter.getExample() == null) {
                    parameter.setExample("\"3\"");
                }
            } else if (parameter.getIn() == Parameter.In.QUERY && schema.getMaxLength() == null
                    && schema.getEnumeration() == null) {
                schema.maxLength(QueryValues.MAX_LENGTH);
            }
        }
    }

    /**
     * A CSV or XLSX answer is a file, not the JSON object the resource method returns (which only
     * feeds the table): described as such, a client generated from the contract reads it as text or
     * bytes instead of trying to parse it as JSON.
     */
    private static void describeTablesAsFiles(Operation operation) {
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getContent() == null) {
                return;
            }
            var csv = response.getContent().getMediaType(TabularWriters.CSV);
            if (csv != null) {
                csv.setSchema(createSchema().addType(SchemaType.STRING));
            }
            var xlsx = response.getContent().getMediaType(TabularWriters.XLSX);
            if (xlsx != null) {
                xlsx.setSchema(createSchema().addType(SchemaType.STRING).format("binary"));
            }
        });
    }

    /** Whether the operation answers a file and never JSON: an export, which refuses more rows than it holds. */
    private static boolean answersFilesOnly(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        return ok != null && ok.getContent() != null && ok.getContent().getMediaType(TabularWriters.CSV) != null
                && ok.getContent().getMediaType("application/json") == null;
    }

    /** Whether the operation answers a record with a {@code version} (which the ETag carries). */
    private static boolean answersVersionedRecord(Operation operation,
            Map<String, Schema> schemas) {
        for (String status : List.of("200", "201")) {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response == null || response.getContent() == null) {
                continue;
            }
            var json = response.getContent().getMediaType("application/json");
            String ref = json == null || json.getSchema() == null ? null : json.getSchema().getRef();
            var schema = ref == null || schemas == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A create answers 201 with the new record and its Location, whatever the resource method
     * declares; one that declares both 200 and 201 (an idempotent load) keeps both.
     */
    private static void answerCreatedWithLocation(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && operation.getResponses().getAPIResponse("201") == null) {
            operation.getResponses().removeAPIResponse("200");
            operation.getResponses().addAPIResponse("201", ok.description("Created"));
        }
        APIResponse created = operation.getResponses().getAPIResponse("201");
        if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeader("Location", createHeader().ref("Location"));
        }
    }

    /** Adds the problem unless the resource already describes that status with a body of its own. */
    private static void addProblem(Operation operation, ProblemAnswer problem) {
        APIResponse existing = operation.getResponses().getAPIResponse(problem.status());
        if (existing == null || existing.getRef() == null && existing.getContent() == null) {
            operation.getResponses().addAPIResponse(problem.status(), createAPIResponse().ref(problem.name()));
        }
    }

    private static void addParameterRef(Operation operation, String name) {
        String ref = "#/components/parameters/" + name;
        if (operation.getParameters() == null || operation.getParameters().stream().noneMatch(p -> ref.equals(p.getRef()))) {
            operation.addParameter(createParameter().ref(ref));
        }
    }

    private static void addHeaderRef(Operation operation, String header, String... statuses) {
        for (String status : statuses) {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response != null && response.getRef() == null
                    && (response.getHeaders() == null || !response.getHeaders().containsKey(header))) {
                response.addHeader(header, createHeader().ref(header));
            }
        }
    }

    private static Schema integer(long minimum, long maximum) {
        return createSchema().addType(SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }

    private static void addComponents(Components components) {
        components.addParameter("Accept-Language", createParameter().name("Accept-Language").in(Parameter.In.HEADER)
                .required(false)
                .description("Language of problem titles, details and field messages: `zh-CN` (the default) or `en`.")
                .schema(createSchema().addType(SchemaType.STRING).enumeration(List.of("zh-CN", "en")).defaultValue("zh-CN")));
        components.addParameter("Idempotency-Key", createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                .required(false)
                .description("Makes the request safe to retry. A retry with the same key and the same body gets the first "
                        + "answer again, marked `Idempotent-Replayed: true`; the same key with a different body is `422`; "
                        + "while the first request with the key is still in progress, `409`. 1 to 255 visible ASCII "
                        + "characters, e.g. a fresh UUID per intended request.")
                .example("0b7f4e6c-2d1a-4f0e-9c3b-5a6d7e8f9a0b")
                .schema(createSchema().addType(SchemaType.STRING).minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
        components.addHeader("Location", createHeader().description("Path of the record created.")
                .schema(createSchema().addType(SchemaType.STRING).maxLength(500).pattern("^/api/v1/")
                        .examples(List.of("/api/v1/personnel/01a2225a-7903-7c46-8bcd-36f2742e09de"))));
        components.addHeader("ETag", createHeader()
                .description("Version of the record answered; send it as `If-Match` to change the record.")
                .schema(createSchema().addType(SchemaType.STRING).maxLength(21).pattern("^\"[0-9]{1,19}\"$")
                        .examples(List.of("\"3\""))));
        components.addHeader("Idempotent-Replayed", createHeader()
                .description("`true` when this is the stored answer to an earlier request with the same Idempotency-Key.")
                .schema(createSchema().addType(SchemaType.STRING).enumeration(List.of("true"))));
        components.addHeader("RateLimit-Limit", createHeader()
                .description("Requests the caller may make in the current minute.")
                .schema(integer(1, Integer.MAX_VALUE).examples(List.of(1200))));
        components.addHeader("RateLimit-Remaining", createHeader()
                .description("Requests the caller has left in the current minute.")
                .schema(integer(0, Integer.MAX_VALUE).examples(List.of(1187))));
        components.addHeader("RateLimit-Reset", createHeader()
                .description("Seconds until the current minute ends and the count starts again.")
                .schema(integer(0, 60).examples(List.of(42))));
        components.addHeader("Retry-After", createHeader()
                .description("Seconds to wait before trying again.")
                .schema(integer(0, 60).examples(List.of(5))));
        for (ProblemAnswer problem : PROBLEMS) {
            APIResponse response = createAPIResponse().description(problem.description())
                    .content(createContent().addMediaType(ProblemMapper.PROBLEM_JSON,
                            createMediaType().schema(createSchema().ref("Problem"))));
            if (problem.status().startsWith("4")) {
                RATE_LIMIT_HEADERS.forEach(header -> response.addHeader(header, createHeader().ref(header)));
            }
            if (problem.status().equals("429") || problem.status().equals("503")) {
                response.addHeader("Retry-After", createHeader().ref("Retry-After").required(true));
            }
            components.addResponse(problem.name(), response);
        }
    }
}
