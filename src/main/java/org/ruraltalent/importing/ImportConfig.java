package org.ruraltalent.importing;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ruraltalent.common.LargerBodies;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of bulk imports. */
@ConfigMapping(prefix = "rural-talent.import")
public interface ImportConfig {

    /**
     * The largest file accepted; a larger one is a {@code 413} problem before it is read. Also
     * the HTTP layer's own cap ({@code quarkus.http.limits.max-body-size}).
     */
    @WithDefault("50M")
    MemorySize maxFileSize();

    /**
     * How much of an uploaded file is read, sealed and stored at a time, and read back at a time
     * by its job: an upload holds about three times this in memory, never the whole file.
     */
    @WithDefault("1M")
    MemorySize segmentSize();

    /** The most data rows one file may hold; a job with more fails before any row is read. */
    @WithDefault("200000")
    int maxRows();

    /** Row errors kept per job (all are counted); the first ones, in row order. */
    @WithDefault("1000")
    int maxErrors();

    /**
     * Files received at once by one copy of the service. Each holds a worker thread while it
     * arrives (a file is read as it comes, never held whole) and about three segments of memory;
     * a further one waits up to {@link #uploadWait()} for one of them to be stored, at most as
     * many waiting as may be received, and is otherwise answered 503 ({@code common/Slots}).
     */
    @WithDefault("2")
    @Positive
    int maxConcurrentUploads();

    /** How long a file waits for one of the {@link #maxConcurrentUploads()} before it is answered 503. */
    @WithDefault("10S")
    Duration uploadWait();

    /** How long one job's transaction may stay open: all rows of a commit are written in it. */
    @WithDefault("1H")
    Duration transactionTimeout();

    /**
     * A queued or running job whose worker has not reported for this long (its copy of the
     * service stopped) is marked failed. Workers report every minute.
     */
    @WithDefault("5M")
    Duration abandonedAfter();

    /** Applies {@link #maxFileSize()} to uploads in place of the general body limit. */
    @ApplicationScoped
    class Uploads {
        @Produces
        @ApplicationScoped
        LargerBodies importFiles(ImportConfig config) {
            long max = config.maxFileSize().asLongValue();
            return new LargerBodies() {
                @Override
                public String pathPrefix() {
                    return "/api/v1/import-jobs";
                }

                @Override
                public long maxBodySize() {
                    return max;
                }
            };
        }

        /** The service does not start when the HTTP layer's cap leaves no room to measure an upload as it is read. */
        void checkRoom(@Observes StartupEvent start, ImportConfig config,
                @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> httpCap) {
            checkRoom(config.maxFileSize().asLongValue(), config.segmentSize().asLongValue(), httpCap);
        }

        /**
         * A file sent without a Content-Length is measured as it is read, a segment at a time; the
         * HTTP layer's cap must leave room for that, or it cuts the upload off first, answering 413
         * with no problem. (The cap is checked against the bytes received, which run at most one
         * HTTP chunk, 8 kB, ahead of those read.)
         */
        static void checkRoom(long maxFileSize, long segmentSize, Optional<MemorySize> httpCap) {
            long room = maxFileSize + segmentSize + 64 * 1024;
            if (httpCap.isPresent() && httpCap.get().asLongValue() < room) {
                throw new IllegalStateException("quarkus.http.limits.max-body-size must be at least " + room
                        + " bytes: rural-talent.import.max-file-size, plus rural-talent.import.segment-size, plus 64 kB");
            }
        }
    }
}
