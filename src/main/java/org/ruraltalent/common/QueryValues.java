package org.ruraltalent.common;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, with a 400 naming the parameter, a query parameter longer than {@link #MAX_LENGTH}
 * characters, so no filter value, however it is read later, can make a query or a log line
 * arbitrarily large, and one holding a NUL character, which no query can carry to PostgreSQL.
 * {@link OpenApiConventions} writes the length limit on every text query parameter of the contract.
 */
public class QueryValues {

    /** Longer than any code, id, date or name prefix a list is filtered by. */
    public static final int MAX_LENGTH = 200;

    @ServerRequestFilter(priority = Priorities.USER)
    public void check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        List<ProblemException.FieldIssue> issues = new ArrayList<>();
        new TreeMap<>(request.getUriInfo().getQueryParameters()).forEach((name, values) -> {
            if (values.stream().anyMatch(value -> value != null && value.length() > MAX_LENGTH)) {
                issues.add(new ProblemException.FieldIssue(name, "Size", "field.text-length", MAX_LENGTH));
            } else if (values.stream().anyMatch(value -> value != null && value.indexOf('\0') >= 0)) {
                issues.add(new ProblemException.FieldIssue(name, "NulCharacter", "field.nul-character"));
            }
        });
        if (!issues.isEmpty()) {
            throw Problems.invalidFields(issues);
        }
    }
}
