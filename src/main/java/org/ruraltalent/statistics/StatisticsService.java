package org.ruraltalent.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruraltalent.assignment.SendingLevel;
import org.ruraltalent.common.Problems;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.security.DataScope;

import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
public class StatisticsService {

    @Inject
    DivisionService divisions;
    @Inject
    ReportFigures figures;
    @Inject
    Breakdowns breakdowns;
    @Inject
    OverviewSnapshots snapshots;
    @Inject
    DataScope scope;

    /**
     * Counted at most the configured age ago, for this caller's scope (see {@link OverviewSnapshots}).
     * The count may run after this request has ended, so it reads nothing from the request: the
     * criteria carry the scope, and it runs in a transaction of its own.
     */
    public Overview overview(LocalDate from, LocalDate to, String division, SendingLevel sendingLevel) {
        StatisticsCriteria c = criteria(from, to, division, sendingLevel);
        String code = c.within() == null ? null : division;
        return snapshots.get(new OverviewSnapshots.Key(c.scope(), from, to, code, sendingLevel),
                () -> QuarkusTransaction.joiningExisting().call(() -> {
                    Instant countedAt = Instant.now();
                    List<Figure> all = new ArrayList<>();
                    all.addAll(figures.dispatch(c));
                    all.addAll(figures.cultivation(c, code));
                    all.addAll(figures.introduction(c));
                    all.addAll(figures.platforms(c));
                    return new Overview(from, to, code, sendingLevel, countedAt, all);
                }));
    }

    public Breakdown dispatch(LocalDate from, LocalDate to, String division, SendingLevel sendingLevel, String groupBy) {
        return breakdowns.dispatch(criteria(from, to, division, sendingLevel), groupBy);
    }

    public Breakdown introduction(LocalDate from, LocalDate to, String division, String groupBy) {
        return breakdowns.introduction(criteria(from, to, division, null), groupBy);
    }

    public Breakdown platforms(LocalDate from, LocalDate to, String division, String groupBy) {
        return breakdowns.platforms(criteria(from, to, division, null), groupBy);
    }

    public Breakdown training(LocalDate from, LocalDate to, String division, String groupBy) {
        return breakdowns.training(criteria(from, to, division, null), groupBy);
    }

    private StatisticsCriteria criteria(LocalDate from, LocalDate to, String division, SendingLevel sendingLevel) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Problems.invalidField("to", "NotBeforeFrom", "statistics.to-before-from", from.toString());
        }
        return new StatisticsCriteria(from, to, divisions.within("division", division), sendingLevel,
                scope.likePattern().orElse("%"));
    }
}
