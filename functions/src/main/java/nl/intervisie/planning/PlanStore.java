package nl.intervisie.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where planned meetings live (item format in {@link PlanItems}). */
public interface PlanStore {
    /** Every planned meeting of a group, cancelled ones included, by date. */
    List<PlannedMeeting> ofGroup(String groupId);

    Optional<PlannedMeeting> get(String groupId, String id);

    /**
     * The planned meetings of all groups dated from..to (both included), cancelled ones included, by date then
     * group; what reminders read.
     */
    List<PlannedMeeting> between(LocalDate from, LocalDate to);

    /**
     * New planned meetings of one group, in one transaction: all or none. False when the group is gone or one of
     * the ids is taken (a year generated twice).
     */
    boolean create(String groupId, List<PlannedMeeting> meetings);

    /** The changed meeting, only while the stored one is still at {@code expectedVersion}; false otherwise. */
    boolean replace(PlannedMeeting next, long expectedVersion);
}
