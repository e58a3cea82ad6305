package org.ruraltalent.common;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;

/**
 * After SIGTERM, new API calls are refused with a {@code 503} problem ({@code Retry-After},
 * {@code Connection: close}) while the calls in flight finish, for up to
 * {@code quarkus.shutdown.timeout}. Quarkus itself would go on serving new calls until the last
 * one in flight is done, so a copy under steady traffic might never drain and would be cut off at
 * the timeout with calls half-way through. A refused call has done nothing: retried on another
 * copy it is new there.
 * <p>
 * With {@code quarkus.shutdown.delay} set (the Kubernetes manifest sets it) calls are still
 * served during the delay, with readiness down, while the load balancer stops sending here.
 */
@Singleton
public class ShutdownRefusal {

    private static final Logger LOG = Logger.getLogger(ShutdownRefusal.class);

    private final Duration delay;
    /** {@link System#nanoTime()} from which new calls are refused, once shutdown has begun. */
    private volatile Long refuseFrom;

    ShutdownRefusal(@ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay) {
        this.delay = delay.orElse(Duration.ZERO);
    }

    /** Fired at SIGTERM, before the delay (needs quarkus.shutdown.delay-enabled at build). */
    void onShutdown(@Observes ShutdownDelayInitiatedEvent event) {
        refuseFrom = System.nanoTime() + delay.toNanos();
        LOG.infof("Shutting down: new requests are refused from %s s on; requests in flight finish", delay.toSeconds());
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public void refuseWhenStopping() {
        Long from = refuseFrom;
        if (from != null && System.nanoTime() - from >= 0) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.shutting-down");
        }
    }
}
