package org.ruraltalent.statistics;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How fresh the statistics overview must be, and how many counts one copy makes at once. */
@ConfigMapping(prefix = "rural-talent.statistics")
public interface StatisticsConfig {

    /** The oldest count the overview may answer with; 0 counts on every request (exact). */
    @WithDefault("60S")
    Duration overviewMaxAge();

    /**
     * Counts made at once by one copy: the breakdowns, the training totals, the overview's counts
     * and their renewals. A further one waits up to {@link #countWait()} for one of them to end, at
     * most as many waiting as may run, and is otherwise answered 503 ({@code common/Slots}).
     */
    @WithDefault("2")
    @Positive
    int maxConcurrentCounts();

    /** How long a count waits for one of the {@link #maxConcurrentCounts()} before it is answered 503. */
    @WithDefault("20S")
    Duration countWait();
}
