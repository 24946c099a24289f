package nl.intervisie.groups;

import java.util.List;
import java.util.Optional;

/** Where groups live. */
public interface GroupStore {
    /** Creates or updates a group's catalogue facts; its member count is left as it is (0 for a new group). */
    void upsertFromCatalogue(Group group);

    List<StoredGroup> list();

    boolean exists(String groupId);

    /** The Cognito username of the facilitator who leads the group (set by coordinators), if any. */
    Optional<String> facilitatorUsername(String groupId);

    /** The ids of the groups this facilitator leads, sorted. */
    List<String> ledBy(String username);

    /** Sets (or, with null, clears) who leads the group; false when there is no such group. */
    boolean setFacilitatorUsername(String groupId, String username);

    /** A group with the state only the back end knows. */
    record StoredGroup(Group group, int memberCount) {
    }
}
