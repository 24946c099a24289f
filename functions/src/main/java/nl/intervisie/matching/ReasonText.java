package nl.intervisie.matching;

import nl.intervisie.http.Language;

import java.util.List;

/** A reason code in words, for the coordinator reading a proposal. Ids only: names stay in the applicant records. */
final class ReasonText {
    private ReasonText() {
    }

    static String message(String code, String detail, List<String> with, Language l) {
        String who = with == null || with.isEmpty() ? "" : String.join(", ", with);
        Rules.GroupRule rule = Rules.GroupRule.byCode(code);
        if (rule != null) {
            return rule.text(detail, l);
        }
        return switch (code) {
            case "distance" -> l.pick(detail + " km", detail + " km");
            case "too-far" -> l.pick("te ver (" + detail + " km)", "too far (" + detail + " km)");
            case "too-few-to-start" -> l.pick("lege groep start pas met " + detail + " nieuwe deelnemers",
                    "an empty group only starts with " + detail + " new members");
            case "same-region" -> l.pick("zelfde regio (" + detail + ")", "same region (" + detail + ")");
            case "neighbouring-region" -> l.pick("aangrenzende regio (" + detail + ")", "neighbouring region (" + detail + ")");
            case "distant-region" -> l.pick("verre regio (" + detail + ")", "distant region (" + detail + ")");
            case "region-unknown" -> l.pick("regio onbekend", "region unknown");
            case "online" -> l.pick("online groep", "online group");
            case "size" -> l.pick("groepsgrootte na plaatsing " + detail, "group size after placement " + detail);
            case "full" -> l.pick("groep vol (" + detail + ")", "group full (" + detail + ")");
            case "same-organisation" -> l.pick("zelfde organisatie als " + who, "same organisation as " + who);
            case "avoid" -> l.pick("vermijdlijst (in een of beide richtingen) met " + who, "avoid-list (either way) with " + who);
            case "not-chosen" -> l.pick("past, maar niet gekozen (" + detail + ")", "fits, but not chosen (" + detail + ")");
            case "new-group" -> l.pick("voorgesteld voor nieuwe groep " + detail, "suggested for new group " + detail);
            default -> code;
        };
    }
}
