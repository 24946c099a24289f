package nl.intervisie.matching;

import nl.intervisie.network.GroupSize;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DynamoDB's 100-action transaction limit against the network's group size: one full group must always fit. */
class ProposalTest {
    private static Proposal.GroupPlan group(String id, int placed) {
        return new Proposal.GroupPlan(id, 0, IntStream.range(0, placed)
                .mapToObj(i -> new Proposal.ApplicantPlan(id + "-" + i, 1)).toList());
    }

    @Test
    void oneFullGroupFitsInOneTransaction() {
        assertTrue(Proposal.fitsOneTransaction(GroupSize.MAX));
        assertTrue(Proposal.actionsForGroupOf(GroupSize.MAX) <= Proposal.MAX_TRANSACTION_ACTIONS);
        assertEquals(29, Proposal.actionsForGroupOf(9), "1 proposal + 1 group count + 3 per person");
    }

    @Test
    void theCheckRefusesAGroupSizeThatCouldNotBeAppliedInOneTransaction() {
        assertTrue(Proposal.fitsOneTransaction(32), "1 + 1 + 3 × 32 = 98");
        assertFalse(Proposal.fitsOneTransaction(33), "1 + 1 + 3 × 33 = 101");
    }

    @Test
    void theStatusFollowsTheGroupsApplied() {
        var plan = List.of(group("a", 4), group("b", 2));
        assertEquals(Proposal.OPEN, new Proposal("p", Instances.NOW, plan, java.util.Map.of()).status());
        assertEquals(Proposal.PARTLY_APPLIED, new Proposal("p", Instances.NOW, 1, java.util.Set.of("a"),
                java.util.Set.of("a-0"), plan, java.util.Map.of()).status());
        assertEquals(Proposal.APPLIED, new Proposal("p", Instances.NOW, 2, java.util.Set.of("a", "b"),
                java.util.Set.of(), plan, java.util.Map.of()).status());
    }
}
