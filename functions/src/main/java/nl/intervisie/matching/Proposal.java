package nl.intervisie.matching;

import nl.intervisie.network.GroupSize;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored matching proposal. Holds ids, never names. The plan records what the proposal assumed, so accepting
 * it can refuse when anything changed since: each placed applicant's version, and each group's member count,
 * language and mode (a hard rule was checked against them; capacity is checked against the group's current value).
 *
 * @param status        OPEN or ACCEPTED
 * @param acceptVersion increases with every (partial) accept: the optimistic lock of the proposal itself
 * @param body          the proposal as the API shows it (score, assignments, waiting with reasons, new groups)
 */
public record Proposal(String id, Instant createdAt, String status, long acceptVersion, List<String> acceptedGroups,
                       List<GroupPlan> plan, Map<String, Object> body) {
    public static final String OPEN = "OPEN";
    public static final String ACCEPTED = "ACCEPTED";

    /** @param language, mode the group's facts the rules were checked against (null in proposals stored before they were recorded) */
    public record GroupPlan(String groupId, int assumedCount, String language, String mode, List<ApplicantPlan> applicants) {
        /** Without the group's facts: only its member count and capacity are checked on accept. */
        public GroupPlan(String groupId, int assumedCount, List<ApplicantPlan> applicants) {
            this(groupId, assumedCount, null, null, applicants);
        }
    }

    public record ApplicantPlan(String applicantId, long version) {
    }

    /** DynamoDB's limit of actions in one TransactWriteItems call. */
    public static final int MAX_TRANSACTION_ACTIONS = 100;

    // Accepting per group is the fallback for a proposal too large for one transaction: that only works when one
    // full group fits. Checked here, once, against the network's maximum (and in ProposalTest).
    static {
        if (!fitsOneTransaction(GroupSize.MAX)) {
            throw new IllegalStateException("A group of " + GroupSize.MAX + " needs " + actionsForGroupOf(GroupSize.MAX)
                    + " transaction actions, more than DynamoDB's " + MAX_TRANSACTION_ACTIONS);
        }
    }

    /**
     * Actions one transaction needs to apply these groups: per applicant a membership, a status update and their
     * e-mail guard's TTL removal (counted even when an applicant has no guard: an upper bound), per group its count,
     * plus the proposal.
     */
    public static int actions(List<GroupPlan> groups) {
        return 1 + groups.stream().mapToInt(g -> groupActions(g.applicants().size())).sum();
    }

    private static int groupActions(int placed) {
        return 1 + 3 * placed;
    }

    /** Actions to fill one empty group of this size in one accept (for the nine of today: 1 + 1 + 3 × 9 = 29). */
    static int actionsForGroupOf(int size) {
        return 1 + groupActions(size);
    }

    static boolean fitsOneTransaction(int groupSize) {
        return actionsForGroupOf(groupSize) <= MAX_TRANSACTION_ACTIONS;
    }
}
