package org.ruraltalent.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruraltalent.assignment.SendingLevel;
import org.ruraltalent.common.Problems;
import org.ruraltalent.division.Division;
import org.ruraltalent.division.DivisionService;

@ApplicationScoped
public class StatisticsService {

    @Inject
    DivisionService divisions;
    @Inject
    ReportFigures figures;

    public Overview overview(LocalDate from, LocalDate to, String division, SendingLevel sendingLevel) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Problems.invalidField("to", "NotBeforeFrom", "statistics.to-before-from", from.toString());
        }
        Division within = divisions.filter("division", division);
        StatisticsCriteria c = new StatisticsCriteria(from, to, within == null ? null : within.pathPrefix(), sendingLevel);
        List<Figure> all = new ArrayList<>();
        all.addAll(figures.dispatch(c));
        all.addAll(figures.cultivation(c, division));
        return new Overview(from, to, within == null ? null : within.code, sendingLevel, all);
    }
}
