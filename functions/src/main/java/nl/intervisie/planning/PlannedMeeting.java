package nl.intervisie.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A planned meeting of a group (item format in {@link PlanItems}): when, where (a place, or an online link), and
 * whether it is cancelled. A cancelled date stays, so calendars that have it can show it cancelled.
 *
 * @param id        stable for the meeting's whole life, whatever is changed (the calendar feed's UID)
 * @param place     where it is held, e.g. "Stadskantoor, Utrecht" (empty when not given)
 * @param link      the online meeting's address (https; empty for an in-person meeting)
 * @param version   1 when planned, +1 with every change (the feed's SEQUENCE is version − 1)
 * @param updatedAt when it was planned or last changed (the feed's LAST-MODIFIED)
 */
public record PlannedMeeting(String groupId, String id, LocalDate date, LocalTime start, LocalTime end, String place,
                             String link, boolean cancelled, long version, Instant updatedAt) {

    /** The same meeting after a change: new facts, the next version. */
    public PlannedMeeting changed(LocalDate newDate, LocalTime newStart, LocalTime newEnd, String newPlace,
                                  String newLink, boolean nowCancelled, Instant at) {
        return new PlannedMeeting(groupId, id, newDate, newStart, newEnd, newPlace, newLink, nowCancelled, version + 1, at);
    }
}
