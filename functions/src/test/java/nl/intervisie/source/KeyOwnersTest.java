package nl.intervisie.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One owner per entity: each key prefix of the single table (store/Keys) appears, in a string literal of
 * functions/src/main, only in the class that owns that entity's key, attributes and transaction pieces. Any other
 * class that needs the key, a query or a write asks the owner.
 */
class KeyOwnersTest {
    /** Prefix (or whole key value) → the owner class. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("GROUP#", "groups/GroupItems.java"),
            Map.entry("GROUPS", "groups/GroupItems.java"),
            Map.entry("GROUP", "groups/GroupItems.java"),
            Map.entry("MEMBER#", "groups/MembershipItems.java"),
            Map.entry("MEMBERSHIP", "groups/MembershipItems.java"),
            Map.entry("APPLICANT", "applicants/ApplicantItems.java"),
            Map.entry("STATUS#", "applicants/ApplicantItems.java"),
            Map.entry("EMAIL", "applicants/ApplicantItems.java"),
            Map.entry("PROPOSAL", "matching/ProposalItems.java"),
            Map.entry("MEETING", "attendance/AttendanceItems.java"),
            Map.entry("ATTENDEE#", "attendance/AttendanceItems.java"),
            Map.entry("ATTENDANCE", "attendance/AttendanceItems.java"),
            Map.entry("PLAN", "planning/PlanItems.java"),
            Map.entry("PLANS", "planning/PlanItems.java"),
            Map.entry("AUDIT", "audit/AuditLog.java"),
            Map.entry("MAILCAP", "mail/DynamoMailQuota.java"),
            Map.entry("REMINDER", "reminders/ReminderItems.java"));

    /** A string literal that starts with a prefix in capitals, or holds "#PREFIX#". */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    static String owner(String literal) {
        String best = null;
        for (var entry : OWNERS.entrySet()) {
            String prefix = entry.getKey();
            boolean whole = literal.equals(prefix) || literal.startsWith(prefix + "#") || literal.equals(prefix + "S")
                    || (prefix.endsWith("#") && (literal.startsWith(prefix) || literal.contains("#" + prefix)));
            if (whole && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : OWNERS.get(best);
    }

    @Test
    void everyKeyPrefixAppearsOnlyInItsOwnerClass() {
        List<String> strays = new ArrayList<>();
        for (Path file : MainSources.all()) {
            String relative = MainSources.ROOT.resolve("nl/intervisie").relativize(file).toString().replace('\\', '/');
            String code = MainSources.withoutComments(MainSources.read(file));
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                String owner = owner(m.group(1));
                if (owner != null && !owner.equals(relative)) {
                    strays.add(relative + ": \"" + m.group(1) + "\" belongs to " + owner);
                }
            }
        }
        assertEquals(List.of(), strays);
    }

    @Test
    void theCheckRecognisesKeysAndLeavesOtherTextAlone() {
        assertEquals("groups/GroupItems.java", owner("GROUP#"));
        assertEquals("groups/GroupItems.java", owner("GROUP"));
        assertEquals("groups/GroupItems.java", owner("GROUPS"));
        assertEquals("groups/MembershipItems.java", owner("MEMBERSHIP#"));
        assertEquals("attendance/AttendanceItems.java", owner("#ATTENDEE#"));
        assertEquals("attendance/AttendanceItems.java", owner("MEETING#"));
        assertEquals("applicants/ApplicantItems.java", owner("EMAIL_GUARD".replace("_GUARD", "")));
        assertEquals("mail/DynamoMailQuota.java", owner("MAILCAP#"));
        assertEquals("reminders/ReminderItems.java", owner("REMINDER#"));
        assertEquals(null, owner("Groep"));
        assertEquals(null, owner("group"));
        assertEquals(null, owner("applicantId"));
        assertTrue(MainSources.withoutComments("a /* \"GROUP#\" */ b // \"AUDIT#\"\n\"x\"").contains("\"x\""));
        assertEquals(-1, MainSources.withoutComments("/* \"GROUP#\" */").indexOf("GROUP"));
    }
}
