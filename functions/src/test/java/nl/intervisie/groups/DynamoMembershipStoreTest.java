package nl.intervisie.groups;

import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DynamoMembershipStoreTest {
    private final String table = TestDynamo.freshTable();
    private final DynamoGroupStore groups = new DynamoGroupStore(TestDynamo.client(), table);
    private final DynamoMembershipStore store = new DynamoMembershipStore(TestDynamo.client(), table);
    private static final LocalDate DAY = LocalDate.parse("2026-11-01");

    static Group group(String id, int capacity) {
        return new Group(id, "Groep " + id, "Midden", "Utrecht", "Rijkskantoor", "dinsdag", "4 keer per jaar",
                "nl", "in-person", "Anne", capacity, 52.09, 5.12);
    }

    private int count(String groupId) {
        return groups.list().stream().filter(g -> g.group().id().equals(groupId)).findFirst().orElseThrow().memberCount();
    }

    @Test
    void addsUpToCapacityOnceEachAndListsBothWays() {
        groups.upsertFromCatalogue(group("g1", 2));
        assertEquals(MembershipStore.AddResult.ADDED, store.add(new Membership("g1", "a1", DAY, null)));
        assertEquals(MembershipStore.AddResult.ALREADY_MEMBER, store.add(new Membership("g1", "a1", DAY, null)));
        assertEquals(MembershipStore.AddResult.ADDED, store.add(new Membership("g1", "a2", DAY, null)));
        assertEquals(MembershipStore.AddResult.FULL, store.add(new Membership("g1", "a3", DAY, null)));
        assertEquals(MembershipStore.AddResult.NO_GROUP, store.add(new Membership("nope", "a3", DAY, null)));
        assertEquals(2, count("g1"));
        assertEquals(List.of("a1", "a2"), store.members("g1").stream().map(Membership::applicantId).toList());
        assertEquals(List.of("g1"), store.ofPerson("a2").stream().map(Membership::groupId).toList());
        assertEquals(List.of(), store.ofPerson("a3"));
    }

    @Test
    void parallelAddsNeverOverfillAGroup() throws Exception {
        groups.upsertFromCatalogue(group("busy", 9));
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<MembershipStore.AddResult>> tasks = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String id = "p" + i;
                tasks.add(() -> store.add(new Membership("busy", id, DAY, null)));
            }
            long added = 0;
            for (Future<MembershipStore.AddResult> f : pool.invokeAll(tasks)) {
                if (f.get() == MembershipStore.AddResult.ADDED) {
                    added++;
                }
            }
            assertEquals(9, added);
            assertEquals(9, count("busy"));
            assertEquals(9, store.members("busy").size());
        } finally {
            pool.shutdownNow();
        }
    }
}
