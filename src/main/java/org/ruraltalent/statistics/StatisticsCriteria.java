package org.ruraltalent.statistics;

import java.time.LocalDate;

import org.ruraltalent.assignment.SendingLevel;

/**
 * What every figure is counted over: events (dispatches, sessions, placements, foundings) dated
 * in [from, to]; records located in {@code division} (its path, any depth) and within the
 * caller's scope; dispatches from {@code sendingLevel}. Counts of what stands now (complete
 * leadership teams, reserve cadres) ignore the dates. {@code within} is the LIKE pattern of the
 * division's paths, null for every division.
 * <p>
 * The caller's scope travels with the criteria ({@code scope}: a LIKE pattern of the paths the
 * caller sees, {@code "%"} for the whole city) rather than being read from the request, so an
 * overview can be counted again after the request that asked for it has ended
 * ({@link OverviewSnapshots}).
 */
public record StatisticsCriteria(LocalDate from, LocalDate to, String within, SendingLevel sendingLevel, String scope) {

    public LocalDate fromOrMin() {
        return from == null ? LocalDate.of(1949, 1, 1) : from;
    }

    public LocalDate toOrMax() {
        return to == null ? LocalDate.of(2200, 12, 31) : to;
    }
}
