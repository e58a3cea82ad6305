package org.ruraltalent.common;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** The answers of single-record endpoints: the record with its {@code ETag}, and {@code 201} with {@code Location} on create. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Etags.Versioned view) {
        return Response.ok(view).tag(Etags.of(view)).build();
    }

    public static Response created(String location, Etags.Versioned view) {
        return Response.created(URI.create(location)).entity(view).tag(Etags.of(view)).build();
    }
}
