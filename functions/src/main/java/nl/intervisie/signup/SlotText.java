package nl.intervisie.signup;

import nl.intervisie.groups.Group;

import java.util.List;
import java.util.stream.Collectors;

/** Availability in words for people: "dinsdagmiddag, donderdagochtend" or "Tuesday afternoon, Thursday morning". */
public final class SlotText {
    private static final List<String> DAGEN = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag");
    private static final List<String> DAGDELEN = List.of("ochtend", "middag", "avond");

    private SlotText() {
    }

    /** The slots in the order given; "any" and an empty list in words of their own. */
    public static String of(List<String> slots, boolean en) {
        if (slots.isEmpty()) {
            return "";
        }
        if (slots.contains(SignupFields.ANY)) {
            return en ? "any part of the day" : "elk dagdeel";
        }
        return slots.stream().map(s -> one(s, en)).collect(Collectors.joining(", "));
    }

    /** One slot, "tuesday-afternoon" → "dinsdagmiddag" / "Tuesday afternoon"; unknown text as it is. */
    public static String one(String slot, boolean en) {
        int dash = slot.indexOf('-');
        int day = dash < 0 ? -1 : Group.WEEKDAYS.indexOf(slot.substring(0, dash));
        int part = dash < 0 ? -1 : Group.PARTS_OF_DAY.indexOf(slot.substring(dash + 1));
        if (day < 0 || part < 0) {
            return slot;
        }
        if (en) {
            String d = Group.WEEKDAYS.get(day);
            return Character.toUpperCase(d.charAt(0)) + d.substring(1) + " " + Group.PARTS_OF_DAY.get(part);
        }
        return DAGEN.get(day) + DAGDELEN.get(part);
    }
}
