package nl.intervisie.network;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * The network's default meeting times per part of the day (a session lasts about three hours): what a planned year
 * gets when the coordinator does not give other times. Each planned date can be changed afterwards.
 */
public final class MeetingTimes {
    /** Start and end of a meeting. */
    public record Span(LocalTime start, LocalTime end) {
    }

    private static final Map<String, Span> DEFAULTS = Map.of(
            "morning", new Span(LocalTime.of(9, 30), LocalTime.of(12, 30)),
            "afternoon", new Span(LocalTime.of(13, 30), LocalTime.of(16, 30)),
            "evening", new Span(LocalTime.of(18, 30), LocalTime.of(21, 30)));

    private MeetingTimes() {
    }

    /** The default times of morning, afternoon or evening; empty for anything else. */
    public static Optional<Span> of(String partOfDay) {
        return Optional.ofNullable(partOfDay == null ? null : DEFAULTS.get(partOfDay));
    }
}
