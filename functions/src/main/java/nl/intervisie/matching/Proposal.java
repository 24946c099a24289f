package nl.intervisie.matching;

import nl.intervisie.network.GroupSize;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stored matching proposal. Holds ids, never names. The plan records what the proposal assumed, so applying
 * it can refuse a group when anything changed since: each placed applicant's version, and each group's member
 * count, members, language, mode and slot (capacity is checked against the group's current value).
 *
 * @param version           + 1 for every group applied: the page's check that it saw the latest state
 * @param appliedGroups     the groups applied so far (each in its own transaction, together with its placements)
 * @param appliedApplicants the applicants placed by applying it so far
 * @param body              what the proposal found: score, bound, placements and waiting with their reasons, new groups
 */
public record Proposal(String id, Instant createdAt, long version, Set<String> appliedGroups,
                       Set<String> appliedApplicants, List<GroupPlan> plan, Map<String, Object> body) {
    public static final String OPEN = "OPEN";
    public static final String PARTLY_APPLIED = "PARTLY_APPLIED";
    public static final String APPLIED = "APPLIED";

    public Proposal {
        appliedGroups = Set.copyOf(appliedGroups);
        appliedApplicants = Set.copyOf(appliedApplicants);
    }

    /** A new proposal: nothing applied. */
    public Proposal(String id, Instant createdAt, List<GroupPlan> plan, Map<String, Object> body) {
        this(id, createdAt, 0, Set.of(), Set.of(), plan, body);
    }

    /** OPEN (nothing applied), PARTLY_APPLIED, or APPLIED (every group of the plan). */
    public String status() {
        if (appliedGroups.isEmpty()) {
            return OPEN;
        }
        return plan.stream().allMatch(g -> appliedGroups.contains(g.groupId())) ? APPLIED : PARTLY_APPLIED;
    }

    /**
     * @param language, mode, slot the group's facts the rules were checked against (null when not recorded)
     * @param memberIds         the group's active members the rules were checked against (null when not recorded)
     */
    public record GroupPlan(String groupId, int assumedCount, String language, String mode, String slot,
                            List<String> memberIds, List<ApplicantPlan> applicants) {
        /** Without the group's facts: only its member count and capacity are checked on apply. */
        public GroupPlan(String groupId, int assumedCount, List<ApplicantPlan> applicants) {
            this(groupId, assumedCount, null, null, null, null, applicants);
        }

        /** The same group with only these applicants (the rest left out by the coordinator). */
        GroupPlan only(List<ApplicantPlan> chosen) {
            return new GroupPlan(groupId, assumedCount, language, mode, slot, memberIds, chosen);
        }
    }

    public record ApplicantPlan(String applicantId, long version) {
    }

    /** DynamoDB's limit of actions in one TransactWriteItems call. */
    public static final int MAX_TRANSACTION_ACTIONS = 100;

    // Each group is applied in its own transaction: that only works when one full group fits. Checked here, once,
    // against the network's maximum (and in ProposalTest).
    static {
        if (!fitsOneTransaction(GroupSize.MAX)) {
            throw new IllegalStateException("A group of " + GroupSize.MAX + " needs " + actionsForGroupOf(GroupSize.MAX)
                    + " transaction actions, more than DynamoDB's " + MAX_TRANSACTION_ACTIONS);
        }
    }

    /**
     * Actions one group's transaction needs: per applicant a membership, a status update and their e-mail guard's
     * TTL removal (counted even when an applicant has no guard: an upper bound), the group's count, the proposal.
     */
    static int actionsForGroupOf(int placed) {
        return 2 + 3 * placed;
    }

    static boolean fitsOneTransaction(int groupSize) {
        return actionsForGroupOf(groupSize) <= MAX_TRANSACTION_ACTIONS;
    }
}
