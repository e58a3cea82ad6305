package org.ruraltalent.common;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses a request whose declared body is larger than {@code rural-talent.http.max-body-size}, or
 * than the limit of an endpoint that takes larger bodies ({@link LargerBodies}), with a {@code 413}
 * problem before anything is read. ({@code quarkus.http.limits.max-body-size}, the HTTP layer's own
 * cap, is the largest of them all; its own refusal has no body.)
 */
@Singleton
class BodyLimit {

    void install(@Observes Router router, @ConfigProperty(name = "rural-talent.http.max-body-size", defaultValue = "10M") MemorySize max,
            Instance<LargerBodies> larger, ObjectMapper json) {
        List<LargerBodies> exceptions = larger.stream().toList();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.request().path();
            long limit = exceptions.stream().filter(l -> path != null && path.startsWith(l.pathPrefix()))
                    .mapToLong(LargerBodies::maxBodySize).findFirst().orElse(max.asLongValue());
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length;
            try {
                length = declared == null ? -1 : Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length <= limit) {
                ctx.next();
                return;
            }
            Locale locale = Messages.negotiate(ctx.acceptableLanguages().stream()
                    .map(l -> Locale.forLanguageTag(l.tag())).toList());
            ProblemException problem = new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large",
                    limit / (1024 * 1024));
            try {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                        .putHeader("Connection", "close")
                        .end(json.writeValueAsString(ProblemMapper.render(problem, locale, ctx.request().path())));
            } catch (JsonProcessingException e) {
                ctx.fail(413);
            }
        });
    }
}
