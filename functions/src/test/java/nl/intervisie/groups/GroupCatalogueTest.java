package nl.intervisie.groups;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCatalogueTest {
    private static final String ENTRY = """
              - id: %s
                name: X
                region: Midden
                city: Utrecht
                venue: Rijkskantoor
                weekday: tuesday
                partOfDay: afternoon
                frequency: 4 keer per jaar
                language: %s
                mode: in-person
                facilitator: Anne
                capacity: %d
                latitude: 52.1
                longitude: 5.1
            """;

    @Test
    void capacityAboveNineIsRefused() {
        var e = assertThrows(IllegalStateException.class, () -> parse("groups:\n" + ENTRY.formatted("a", "nl", 10)));
        assertTrue(e.getMessage().contains("capacity"));
    }

    @Test
    void capacityDefaultsToNineAndMustBeAWholeNumber() {
        String without = ("groups:\n" + ENTRY.formatted("a", "nl", 9)).replaceAll("(?m)^ *capacity: 9\n", "");
        assertTrue(!without.contains("capacity"));
        var groups = GroupCatalogue.parse(new ByteArrayInputStream(without.getBytes(StandardCharsets.UTF_8)));
        org.junit.jupiter.api.Assertions.assertEquals(9, groups.getFirst().capacity());
        String text = ("groups:\n" + ENTRY.formatted("a", "nl", 9)).replace("capacity: 9", "capacity: negen");
        var e = assertThrows(IllegalStateException.class, () -> parse(text));
        assertTrue(e.getMessage().contains("capacity"));
    }

    @Test
    void duplicateIdIsRefused() {
        var e = assertThrows(IllegalStateException.class,
                () -> parse("groups:\n" + ENTRY.formatted("a", "nl", 9) + ENTRY.formatted("a", "nl", 9)));
        assertTrue(e.getMessage().contains("Duplicate"));
    }

    @Test
    void unknownLanguageIsRefused() {
        assertThrows(IllegalStateException.class, () -> parse("groups:\n" + ENTRY.formatted("a", "de", 9)));
    }

    @Test
    void olderDayTextStillReadsAsWeekdayAndPartOfDay() {
        String old = ("groups:\n" + ENTRY.formatted("a", "nl", 9)).replaceAll(" *weekday: tuesday\n", "")
                .replace("partOfDay: afternoon", "day: donderdagochtend");
        var g = GroupCatalogue.parse(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8))).getFirst();
        org.junit.jupiter.api.Assertions.assertEquals("thursday", g.weekday());
        org.junit.jupiter.api.Assertions.assertEquals("morning", g.partOfDay());
        org.junit.jupiter.api.Assertions.assertEquals("donderdagochtend", g.day());
    }

    @Test
    void unknownWeekdayOrStatusIsRefused() {
        assertThrows(IllegalStateException.class, () -> parse(("groups:\n" + ENTRY.formatted("a", "nl", 9))
                .replace("weekday: tuesday", "weekday: dinsdag")));
        assertThrows(IllegalStateException.class, () -> parse(("groups:\n" + ENTRY.formatted("a", "nl", 9))
                .replace("capacity: 9", "capacity: 9\n    status: half")));
    }

    @Test
    void everyGroupInTheShippedCatalogueIsValid() {
        assertTrue(GroupCatalogue.load().stream().allMatch(g -> g.capacity() <= Group.MAX_CAPACITY));
    }

    private static void parse(String yaml) {
        GroupCatalogue.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
