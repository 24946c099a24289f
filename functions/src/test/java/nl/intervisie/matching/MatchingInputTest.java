package nl.intervisie.matching;

import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.groups.Group;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What matching reads from the stored facts: the group's slot and point, the applicant's availability and place. */
class MatchingInputTest {
    private static final Person P = Person.of("a1", "Anna", "Org", List.of(), null);

    private static Group group(String mode, String status) {
        return new Group("g1", "Groningen", "Noord", "Groningen", "Rijkskantoor", "tuesday", "afternoon",
                "4 keer per jaar", "nl", mode, "Marieke", null, null, 9, 53.2194, 6.5665, status);
    }

    @Test
    void aGroupMeetsAtItsWeekdayAndPartOfDayAndOnlyInPersonGroupsHaveAPoint() {
        GroupSlot inPerson = MatchingInput.group(group("in-person", "open"), 3, List.of());
        assertEquals("tuesday-afternoon", inPerson.slot());
        assertEquals(53.2194, inPerson.lat());
        assertEquals(6, inPerson.free());
        assertTrue(Double.isNaN(MatchingInput.group(group("online", "open"), 0, List.of()).lat()),
                "an online group's point is the office's: no distance to it");
    }

    @Test
    void aFullOrClosedGroupHasNoFreePlaces() {
        assertEquals(0, MatchingInput.group(group("in-person", "full"), 3, List.of()).free());
        assertEquals(0, MatchingInput.group(group("in-person", "closed"), 0, List.of()).free());
    }

    @Test
    void theStoredMunicipalityOrTheOldFreeTextGivesThePlaceAndOnlineNeedsNone() {
        Candidate byMunicipality = MatchingInput.candidate(ApplicantBuilder.applicant("a1").mode("in-person")
                .municipality("Groningen").availability("thursday-morning", "tuesday-afternoon").build(), P, 10);
        assertEquals(53.2, byMunicipality.lat(), 0.1);
        assertEquals(List.of("thursday-morning", "tuesday-afternoon"), byMunicipality.availability());
        Candidate oldText = MatchingInput.candidate(ApplicantBuilder.applicant("a2").mode("in-person").region("")
                .place("9712 CP Groningen").availability().availabilityNote("niet op dinsdag").build(), P, 10);
        assertEquals(53.2, oldText.lat(), 0.1, "the issue's case: the typed place is read");
        assertTrue(oldText.anySlot(), "free-text availability is not guessed at: any slot");
        Candidate unknown = MatchingInput.candidate(ApplicantBuilder.applicant("a3").mode("either")
                .place("ergens").build(), P, 10);
        assertTrue(!unknown.located());
        Candidate online = MatchingInput.candidate(ApplicantBuilder.applicant("a4").mode("online")
                .municipality("Groningen").build(), P, 10);
        assertTrue(!online.located(), "online: distance means nothing");
    }

    @Test
    void groningenBeatsEindhovenForSomeoneFromGroningenAndFarGroupsAreOutOfReach() {
        Candidate c = MatchingInput.candidate(ApplicantBuilder.applicant("a1").mode("in-person").region("")
                .place("9712 CP Groningen").build(), P, 10);
        GroupSlot groningen = MatchingInput.group(group("in-person", "open"), 3, List.of());
        GroupSlot eindhoven = MatchingInput.group(new Group("e1", "Eindhoven", "Zuid", "Eindhoven", "Rijkskantoor",
                "tuesday", "afternoon", "4 keer per jaar", "nl", "in-person", "Sanne", null, null, 9, 51.4416, 5.4697,
                "open"), 3, List.of());
        assertTrue(Rules.distanceFits(c, groningen, Rules.Limits.DEFAULT));
        assertTrue(!Rules.distanceFits(c, eindhoven, Rules.Limits.DEFAULT), Rules.km(c, eindhoven) + " km");
        assertTrue(Rules.distanceFits(c, eindhoven, new Rules.Limits(300, 5)), "the coordinator's maximum decides");
    }
}
