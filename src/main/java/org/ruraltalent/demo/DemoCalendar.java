package org.ruraltalent.demo;

import java.time.LocalDate;
import java.util.Random;

/** Days and years for the demo's records, within the report's period and drawn from one seeded source. */
final class DemoCalendar {

    private final Random random;

    DemoCalendar(Random random) {
        this.random = random;
    }

    /** A year of the report, drawn from {@link DemoPlan#YEARS}. */
    int year() {
        return DemoPlan.YEARS[random.nextInt(DemoPlan.YEARS.length)];
    }

    /** A day in {@code year}, no later than the report's date. */
    LocalDate dayIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return between(first, last.isAfter(DemoPlan.REPORT_DATE) ? DemoPlan.REPORT_DATE : last);
    }

    /** A day in the months {@code fromMonth} to {@code toMonth} of {@code year}. */
    LocalDate dayIn(int year, int fromMonth, int toMonth) {
        LocalDate first = LocalDate.of(year, fromMonth, 1);
        return between(first, LocalDate.of(year, toMonth, 1).plusMonths(1).minusDays(1));
    }

    /** A day of the report's period. */
    LocalDate day() {
        return dayIn(year());
    }

    LocalDate between(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
    }
}
