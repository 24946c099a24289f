package nl.intervisie.groups;

import java.util.List;

/** Where groups live. */
public interface GroupStore {
    /** Creates or updates a group's catalogue facts; its member count is left as it is (0 for a new group). */
    void upsertFromCatalogue(Group group);

    List<StoredGroup> list();

    boolean exists(String groupId);

    /** A group with the state only the back end knows. */
    record StoredGroup(Group group, int memberCount) {
    }
}
