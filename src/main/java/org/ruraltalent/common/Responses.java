package org.ruraltalent.common;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * The answers of single-record endpoints: the record with its {@code ETag}, and {@code 201} with
 * {@code Location} on create. Typed, so the published contract shows the body.
 */
public final class Responses {

    private Responses() {
    }

    public static <T extends Etags.Versioned> RestResponse<T> ok(T view) {
        return RestResponse.ResponseBuilder.ok(view).tag(Etags.of(view)).build();
    }

    public static <T extends Etags.Versioned> RestResponse<T> created(String location, T view) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(view).tag(Etags.of(view)).build();
    }
}
