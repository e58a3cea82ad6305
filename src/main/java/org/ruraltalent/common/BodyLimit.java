package org.ruraltalent.common;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses a request whose declared body is larger than {@code quarkus.http.limits.max-body-size}
 * with a {@code 413} problem before anything is read (the HTTP layer's own refusal has no body).
 */
@Singleton
class BodyLimit {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max,
            ObjectMapper json) {
        long limit = max.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
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
                    max.asLongValue() / (1024 * 1024));
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
