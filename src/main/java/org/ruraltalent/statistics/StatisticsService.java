package org.ruraltalent.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruraltalent.assignment.SendingLevel;
import org.ruraltalent.common.Problems;
import org.ruraltalent.common.Slots;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.security.DataScope;
import org.ruraltalent.training.ProgrammeType;
import org.ruraltalent.training.TrainingCounts;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Every figure here is counted from live data, and over a national registry a count takes
 * seconds of the database's CPU (docs/PERFORMANCE.md, "The statistics overview"). So one copy
 * counts at most {@link StatisticsConfig#maxConcurrentCounts()} at once, the overview's background
 * renewals included, and answers a further count 503 once it has waited its turn in vain
 * ({@link Slots}): counts cannot take every connection and core from the reads and writes.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    DivisionService divisions;
    @Inject
    ReportFigures figures;
    @Inject
    Breakdowns breakdowns;
    @Inject
    TrainingCounts trainingCounts;
    @Inject
    OverviewSnapshots snapshots;
    @Inject
    DataScope scope;

    private final Slots counts;

    @Inject
    StatisticsService(StatisticsConfig config) {
        this.counts = new Slots("rural-talent.statistics.max-concurrent-counts", config.maxConcurrentCounts(), config.countWait(),
                "detail.statistics-busy", "detail.statistics-queue-full");
    }

    /**
     * Counted at most the configured age ago, for this caller's scope (see {@link OverviewSnapshots}).
     * The count may run after this request has ended, so it reads nothing from the request: the
     * criteria carry the scope, and it runs in a transaction of its own.
     */
    public Overview overview(LocalDate from, LocalDate to, String division, SendingLevel sendingLevel) {
        StatisticsCriteria c = criteria(from, to, division, sendingLevel);
        String code = c.within() == null ? null : division;
        return snapshots.get(new OverviewSnapshots.Key(c.scope(), from, to, code, sendingLevel),
                () -> counted(() -> QuarkusTransaction.joiningExisting().call(() -> {
                    Instant countedAt = Instant.now();
                    List<Figure> all = new ArrayList<>();
                    all.addAll(figures.dispatch(c));
                    all.addAll(figures.cultivation(c, code));
                    all.addAll(figures.introduction(c));
                    all.addAll(figures.platforms(c));
                    return new Overview(from, to, code, sendingLevel, countedAt, all);
                })));
    }

    public Breakdown dispatch(LocalDate from, LocalDate to, String division, SendingLevel sendingLevel, String groupBy) {
        StatisticsCriteria c = criteria(from, to, division, sendingLevel);
        Breakdowns.GroupBy g = Breakdowns.GroupBy.parse(groupBy, Breakdowns.DISPATCH_GROUPS);
        return counted(() -> breakdowns.dispatch(c, g));
    }

    public Breakdown introduction(LocalDate from, LocalDate to, String division, String groupBy) {
        StatisticsCriteria c = criteria(from, to, division, null);
        Breakdowns.GroupBy g = Breakdowns.GroupBy.parse(groupBy, Breakdowns.INTRODUCTION_GROUPS);
        return counted(() -> breakdowns.introduction(c, g));
    }

    public Breakdown platforms(LocalDate from, LocalDate to, String division, String groupBy) {
        StatisticsCriteria c = criteria(from, to, division, null);
        Breakdowns.GroupBy g = Breakdowns.GroupBy.parse(groupBy, Breakdowns.PLATFORM_GROUPS);
        return counted(() -> breakdowns.platforms(c, g));
    }

    public Breakdown training(LocalDate from, LocalDate to, String division, String groupBy) {
        StatisticsCriteria c = criteria(from, to, division, null);
        Breakdowns.GroupBy g = Breakdowns.GroupBy.parse(groupBy, Breakdowns.TRAINING_GROUPS);
        return counted(() -> breakdowns.training(c, g));
    }

    public TrainingCounts.Counts trainingTotals(LocalDate from, LocalDate to, String division, ProgrammeType type) {
        criteria(from, to, division, null); // the dates and the division checked before a slot is taken
        TrainingCounts.Criteria c = new TrainingCounts.Criteria(from, to, division, type);
        return counted(() -> trainingCounts.count(c));
    }

    /** Counts while holding one of the slots, or refuses with 503. Callers check their criteria first: bad ones are a 400 however busy. */
    private <T> T counted(Supplier<T> count) {
        try (Slots.Slot slot = counts.take()) {
            return count.get();
        }
    }

    /** The slots; for tests, which take them to see a count refused. */
    Slots counts() {
        return counts;
    }

    private StatisticsCriteria criteria(LocalDate from, LocalDate to, String division, SendingLevel sendingLevel) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Problems.invalidField("to", "NotBeforeFrom", "statistics.to-before-from", from.toString());
        }
        return new StatisticsCriteria(from, to, divisions.within("division", division), sendingLevel,
                scope.likePattern().orElse("%"));
    }
}
