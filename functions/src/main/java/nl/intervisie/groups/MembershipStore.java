package nl.intervisie.groups;

import java.util.List;

/** Group memberships (item format in {@link Membership}), with the group's member count kept under its capacity. */
public interface MembershipStore {
    enum AddResult { ADDED, ALREADY_MEMBER, FULL, NO_GROUP }

    /**
     * Adds a member in one transaction: the membership item (only if absent) and the group's memberCount + 1,
     * on condition that memberCount &lt; capacity. Two parallel adds can never overfill a group.
     */
    AddResult add(Membership membership);

    /** Every membership of a group, past ones (leftOn set) included. */
    List<Membership> members(String groupId);

    /** Every membership of one person. */
    List<Membership> ofPerson(String applicantId);
}
