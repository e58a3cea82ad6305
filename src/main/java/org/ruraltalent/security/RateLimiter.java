package org.ruraltalent.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Requests per caller per minute (OWASP API4): a fixed one-minute window per caller, the token
 * subject, or the client address when there is no token. Counted in this copy of the service
 * only: with N copies behind a balancer a caller gets up to N times the limit.
 */
@Singleton
public class RateLimiter {

    /** Request limits. */
    @ConfigMapping(prefix = "rural-talent.rate-limit")
    public interface Limits {
        /** Whether callers are limited at all. */
        @WithDefault("true")
        boolean enabled();

        /** Requests a caller may make in one minute. */
        @WithDefault("1200")
        int requestsPerMinute();

        /** Other limits for named callers (token subjects), e.g. a busy integration: {@code rural-talent.rate-limit.callers."hr-system"=6000}. */
        Map<String, Integer> callers();
    }

    /** What a caller has left in the current window; {@code allowed} is false once it is spent. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private static final long WINDOW_MILLIS = 60_000;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(Limits limits) {
        this(limits, Clock.systemUTC());
    }

    RateLimiter(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public Optional<Decision> take(String caller) {
        if (!limits.enabled()) {
            return Optional.empty();
        }
        int limit = limits.callers().getOrDefault(caller, limits.requestsPerMinute());
        long now = clock.millis();
        long window = now / WINDOW_MILLIS;
        long[] state = windows.compute(caller, (k, old) -> {
            if (old == null || old[0] != window) {
                return new long[] { window, 1 };
            }
            old[1]++;
            return old;
        });
        long used = state[1];
        long reset = ((window + 1) * WINDOW_MILLIS - now + 999) / 1000;
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != window);
        }
        return Optional.of(new Decision(used <= limit, limit, (int) Math.max(0, limit - used), reset));
    }
}
