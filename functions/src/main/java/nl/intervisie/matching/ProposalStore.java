package nl.intervisie.matching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where proposals live, and the one transaction that applies (part of) a proposal. */
public interface ProposalStore {
    void save(Proposal proposal, Instant expiresAt);

    /** Empty when unknown or expired. */
    Optional<Proposal> find(String id, Instant now);

    /** Newest first, without their bodies' details beyond the summary. */
    List<Proposal> recent(int limit, Instant now);

    /**
     * Applies the given groups of a proposal in ONE transaction, or nothing: memberships, member counts (on
     * condition the count is still the assumed one and stays within capacity), applicants PLACED (on condition
     * their version is the recorded one and they still wait), and the proposal's accept state.
     *
     * @param completes whether these are the last groups not yet accepted (the proposal becomes ACCEPTED)
     */
    ApplyResult apply(Proposal proposal, List<Proposal.GroupPlan> groups, boolean completes, Instant now);

    /** What stopped an accept: empty lists and proposalChanged false mean it was applied. */
    record ApplyResult(boolean applied, boolean proposalChanged, List<String> staleApplicants, List<String> staleGroups) {
        static ApplyResult ok() {
            return new ApplyResult(true, false, List.of(), List.of());
        }
    }
}
