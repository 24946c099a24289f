package nl.intervisie.groups;

import java.util.List;
import java.util.Optional;

/** Where groups live. */
public interface GroupStore {
    /** Creates or overwrites a group's facts; its member count is left as it is (0 for a new group). */
    void upsertFromCatalogue(Group group);

    /** A new group (version 1); false when the id is taken. */
    boolean create(Group group);

    enum UpdateResult { UPDATED, STALE, HAS_MEMBERS, TOO_SMALL, NO_GROUP }

    /**
     * New facts at the version read; nothing is written unless UPDATED. HAS_MEMBERS: it was to close while people
     * are in it; TOO_SMALL: fewer places than members.
     */
    UpdateResult update(Group group, long expectedVersion);

    Optional<StoredGroup> get(String groupId);

    List<StoredGroup> list();

    boolean exists(String groupId);

    /** The Cognito username of the facilitator who leads the group (set by coordinators), if any. */
    Optional<String> facilitatorUsername(String groupId);

    /** The ids of the groups this facilitator leads, sorted. */
    List<String> ledBy(String username);

    /** Sets (or, with null, clears) who leads the group; false when there is no such group. */
    boolean setFacilitatorUsername(String groupId, String username);

    /** A group with the state only the back end knows: its member count and the version for optimistic writes. */
    record StoredGroup(Group group, int memberCount, long version) {
        /** Places a newcomer can take: none when the group is not open. */
        public int placesOpen() {
            return group.takesMembers() ? Math.max(0, group.capacity() - memberCount) : 0;
        }
    }
}
