package org.ruraltalent.common;

/**
 * An endpoint that takes larger bodies than {@code rural-talent.http.max-body-size} (a file
 * upload): a bean of this type names its path prefix and limit, and {@link BodyLimit} applies it.
 */
public interface LargerBodies {

    String pathPrefix();

    /** In bytes; at most {@code quarkus.http.limits.max-body-size}, the HTTP layer's own cap. */
    long maxBodySize();
}
