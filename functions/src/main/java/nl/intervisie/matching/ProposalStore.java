package nl.intervisie.matching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where proposals live, and the transaction that applies one group of a proposal. */
public interface ProposalStore {
    void save(Proposal proposal, Instant expiresAt);

    /** Empty when unknown or expired. */
    Optional<Proposal> find(String id, Instant now);

    /** Newest first, without their bodies' details beyond the summary. */
    List<Proposal> recent(int limit, Instant now);

    /**
     * Applies ONE group of a proposal in one transaction, or nothing: the memberships, the group's member count (on
     * condition the count is still the assumed one, the group is open with its language and mode, and it stays
     * within capacity), the applicants PLACED (on condition their version is the recorded one and they still wait),
     * and the proposal's mark that this group is applied (on condition it was not yet).
     */
    GroupResult applyGroup(Proposal proposal, Proposal.GroupPlan group, Instant now);

    /**
     * What one group's transaction did.
     *
     * @param alreadyApplied the proposal already had this group applied (a retry, or another apply at the same time)
     * @param groupChanged   the group's count, status, language, mode or capacity changed since the proposal
     */
    record GroupResult(boolean applied, boolean alreadyApplied, List<String> staleApplicants, boolean groupChanged) {
        static GroupResult ok() {
            return new GroupResult(true, false, List.of(), false);
        }
    }
}
