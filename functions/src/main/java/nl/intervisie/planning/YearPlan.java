package nl.intervisie.planning;

import nl.intervisie.network.MeetingDays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a generated year: {@code count} meetings on the group's weekday, spread evenly over the weeks of the
 * year in which a meeting can be held (from {@code firstAllowed} on, not on a public holiday, not in the summer break:
 * {@link MeetingDays}). Evenly over those weeks, not over the calendar: the summer break does not pull dates together.
 */
final class YearPlan {
    private YearPlan() {
    }

    /** The dates, oldest first; fewer than {@code count} only when the rest of the year has too few weeks left. */
    static List<LocalDate> dates(int year, DayOfWeek weekday, int count, LocalDate firstAllowed) {
        List<LocalDate> candidates = new ArrayList<>();
        LocalDate start = LocalDate.of(year, 1, 1);
        if (firstAllowed.isAfter(start)) {
            start = firstAllowed;
        }
        for (LocalDate d = start.with(TemporalAdjusters.nextOrSame(weekday)); d.getYear() == year; d = d.plusWeeks(1)) {
            if (MeetingDays.available(d)) {
                candidates.add(d);
            }
        }
        int n = Math.min(count, candidates.size());
        List<LocalDate> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // The middle of the i-th of n equal stretches of the available weeks.
            chosen.add(candidates.get((int) ((i + 0.5) * candidates.size() / n)));
        }
        return chosen;
    }
}
