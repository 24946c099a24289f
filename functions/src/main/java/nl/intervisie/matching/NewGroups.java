package nl.intervisie.matching;

import nl.intervisie.network.GroupSize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Suggests new groups from the applicants the solver left waiting (a step after solving, not part of the solver's
 * model: existing groups are filled first by construction). A suggestion needs at least {@link #MIN_SIZE}
 * applicants with the same language who can all meet online, or all in person in the same region, and who break
 * no rule among themselves. Accepting a proposal does not create groups: a coordinator adds the group to the
 * catalogue (with a facilitator), and the next proposal fills it.
 */
public final class NewGroups {
    /** A new group opens only with this many (the network's minimum to start). */
    public static final int MIN_SIZE = GroupSize.MIN_TO_START;
    /** A suggested group is filled to the preferred size, leaving room to join later. */
    public static final int MAX_SIZE = GroupSize.PREFERRED_MAX;

    /** @param region the region for an in-person group, "" for online */
    public record NewGroup(String language, String mode, String region, List<String> applicantIds) {
    }

    private NewGroups() {
    }

    public static List<NewGroup> propose(Assignment a) {
        List<Candidate> remaining = new ArrayList<>();
        for (int i = 0; i < a.groupOf().length; i++) {
            if (a.groupOf()[i] < 0) {
                remaining.add(a.problem().candidates().get(i));
            }
        }
        remaining.sort(Comparator.comparing(Candidate::waitingSince).thenComparing(Candidate::id));
        List<NewGroup> proposals = new ArrayList<>();
        while (true) {
            NewGroup best = null;
            Set<String> languages = new TreeSet<>();
            Set<String> regions = new TreeSet<>();
            for (Candidate c : remaining) {
                languages.add(c.language());
                if (!c.region().isBlank()) {
                    regions.add(c.region());
                }
            }
            for (String language : languages) {
                best = larger(best, pick(remaining, language, "online", ""));
                for (String region : regions) {
                    best = larger(best, pick(remaining, language, "in-person", region));
                }
            }
            if (best == null || best.applicantIds().size() < MIN_SIZE) {
                return proposals;
            }
            proposals.add(best);
            Set<String> taken = Set.copyOf(best.applicantIds());
            remaining.removeIf(c -> taken.contains(c.id()));
        }
    }

    private static NewGroup larger(NewGroup a, NewGroup b) {
        return a == null || b.applicantIds().size() > a.applicantIds().size() ? b : a;
    }

    /** Longest-waiting first, skipping anyone who conflicts with someone already chosen. */
    private static NewGroup pick(List<Candidate> remaining, String language, String mode, String region) {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : remaining) {
            boolean fits = c.language().equals(language)
                    && ("either".equals(c.mode()) || c.mode().equals(mode))
                    && ("online".equals(mode) || c.region().equals(region));
            if (fits && chosen.stream().noneMatch(o -> Rules.conflict(c.person(), o.person()))) {
                chosen.add(c);
                if (chosen.size() == MAX_SIZE) {
                    break;
                }
            }
        }
        return new NewGroup(language, mode, region, chosen.stream().map(Candidate::id).toList());
    }
}
