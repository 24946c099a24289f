package nl.intervisie.matching;

import nl.intervisie.groups.Group;
import nl.intervisie.http.Language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The explanations in words for the coordinator reviewing a proposal (Dutch or English): a placement's one line
 * and a waiting applicant's sentences. Groups are named by their name (or city); never an id or a rule's code.
 */
final class ReasonText {
    private static final List<String> ORDINALS = List.of("eerste", "tweede", "derde");
    private static final List<String> ORDINALS_EN = List.of("first", "second", "third");

    private ReasonText() {
    }

    /** "12 km, dinsdagmiddag (eerste keus), Nederlands, op locatie, lopende groep". */
    static String placedLine(Explainer.Placed p, Language l) {
        List<String> parts = new ArrayList<>();
        String near = nearness(p, l);
        if (!near.isEmpty()) {
            parts.add(near);
        }
        if (!p.slot().isEmpty()) {
            parts.add(slot(p.slot(), l) + choice(p.slotRank(), l));
        }
        parts.add(language(p.language(), l));
        parts.add(mode(p.mode(), l));
        parts.add(p.running() ? l.pick("lopende groep", "running group") : l.pick("nieuwe groep", "new group"));
        return capitalise(String.join(", ", parts));
    }

    private static String nearness(Explainer.Placed p, Language l) {
        String region = p.region();
        return switch (p.nearness()) {
            case "distance" -> p.km() + " km";
            case "same-region" -> l.pick("eigen regio (" + region + ")", "own region (" + region + ")");
            case "neighbouring-region" -> l.pick("regio ernaast (" + region + ")", "neighbouring region (" + region + ")");
            case "distant-region" -> l.pick("verre regio (" + region + ")", "distant region (" + region + ")");
            case "region-unknown" -> l.pick("woonplaats onbekend", "home place unknown");
            default -> ""; // online: the mode says it
        };
    }

    private static String choice(int rank, Language l) {
        if (rank <= 0) {
            return "";
        }
        String nl = rank <= ORDINALS.size() ? ORDINALS.get(rank - 1) + " keus" : "keus " + rank;
        String en = rank <= ORDINALS_EN.size() ? ORDINALS_EN.get(rank - 1) + " choice" : "choice " + rank;
        return " (" + l.pick(nl, en) + ")";
    }

    /** A waiting applicant's sentences, each ending in a full stop. */
    static List<String> sentences(List<Explainer.Sentence> sentences, Function<String, Group> groups, Language l) {
        Set<String> out = new LinkedHashSet<>(); // never the same sentence twice
        for (Explainer.Sentence s : sentences) {
            out.add(capitalise(sentence(s, groups, l)) + ".");
        }
        return List.copyOf(out);
    }

    static String sentence(Explainer.Sentence s, Function<String, Group> groups, Language l) {
        String names = names(s.groups(), s.more(), groups, l);
        boolean plural = s.groups().size() + s.more() > 1;
        return switch (s.rule()) {
            case "full" -> names + l.pick(plural ? " zijn vol" : " is vol", plural ? " are full" : " is full");
            case "filled" -> names + l.pick(plural ? " zijn vol na dit voorstel" : " is vol na dit voorstel",
                    plural ? " are full after this proposal" : " is full after this proposal");
            case "same-organisation" -> l.pick("iemand van je eigen organisatie zit in " + names,
                    "someone from your own organisation is in " + names);
            case "same-organisation-new" -> l.pick("iemand van je eigen organisatie gaat met dit voorstel naar " + names,
                    "someone from your own organisation joins " + names + " in this proposal");
            case "avoid" -> l.pick("in " + names + " zit iemand met wie je niet in één groep kunt (vermijdlijst)",
                    "in " + names + " is someone you cannot share a group with (avoid list)");
            case "avoid-new" -> l.pick("met dit voorstel gaat iemand naar " + names
                            + " met wie je niet in één groep kunt (vermijdlijst)",
                    "this proposal places someone in " + names + " you cannot share a group with (avoid list)");
            case "too-few" -> tooFew(s, groups, names, l);
            case "room" -> names + l.pick(plural ? " hebben nog plek, maar het voorstel gebruikt die niet"
                            : " heeft nog plek, maar het voorstel gebruikt die niet",
                    plural ? " have room, but the proposal does not use it" : " has room, but the proposal does not use it");
            case "slot" -> l.pick(names + " komt op " + slot(s.slots().getFirst(), l) + " samen, en dan kun je niet",
                    names + " meets on " + slot(s.slots().getFirst(), l) + ", when you cannot");
            case "too-far" -> l.pick(names + " komt samen op een tijd die je past, maar is " + s.number() + " km weg",
                    names + " meets at a time that suits you, but is " + s.number() + " km away");
            case "no-group" -> l.pick("er is geen " + kindOfGroup(s.mode(), l) + " in het " + language(s.language(), l),
                    "there is no " + kindOfGroup(s.mode(), l) + " in " + language(s.language(), l));
            case "none-reachable", "none-other" -> noneReachable(s, l);
            case "too-few-here" -> tooFewHere(s, l);
            case "new-group" -> newGroup(s, l);
            default -> l.pick("er is een andere reden", "there is another reason");
        };
    }

    private static String tooFew(Explainer.Sentence s, Function<String, Group> groups, String names, Language l) {
        Set<String> cities = new LinkedHashSet<>();
        for (String id : s.groups()) {
            Group g = groups.apply(id);
            if (g == null || g.online() || g.city() == null || g.city().isBlank()) {
                cities.clear();
                break;
            }
            cities.add(g.city());
        }
        String start = l.pick("er zijn nog geen " + s.number() + " mensen om ", "there are not yet " + s.number()
                + " people to start ");
        if (!cities.isEmpty() && s.more() == 0) {
            return start + l.pick("een nieuwe groep in " + join(new ArrayList<>(cities), 0, l) + " te starten",
                    "a new group in " + join(new ArrayList<>(cities), 0, l));
        }
        return start + l.pick(names + " als nieuwe groep te starten", names + " as a new group");
    }

    private static String noneReachable(Explainer.Sentence s, Language l) {
        boolean other = "none-other".equals(s.rule());
        StringBuilder b = new StringBuilder(l.pick(other ? "geen andere " : "geen ", other ? "no other " : "no "));
        b.append("online".equals(s.mode()) ? l.pick("online groep", "online group") : l.pick("groep", "group"));
        if (!s.slots().isEmpty()) {
            b.append(l.pick(" op ", " on ")).append(slots(s.slots(), l));
        }
        if (s.number() != null) {
            b.append(l.pick(" binnen ", " within ")).append(s.number()).append(" km");
            if ("either".equals(s.mode())) {
                b.append(l.pick(" of online", " or online"));
            }
        }
        return b.toString();
    }

    private static String tooFewHere(Explainer.Sentence s, Language l) {
        String group = ("en".equals(s.language()) ? l.pick("Engelstalige ", "English-language ") : "")
                + ("online".equals(s.mode()) ? l.pick("online groep", "online group") : l.pick("groep", "group"));
        String where = "online".equals(s.mode()) ? ""
                : s.place().isEmpty() ? l.pick(" in de buurt", " nearby") : l.pick(" in regio ", " in region ") + s.place();
        return l.pick("er zijn nog geen " + s.number() + " mensen om een nieuwe " + group + where + " te starten",
                "there are not yet " + s.number() + " people to start a new " + group + where);
    }

    private static String newGroup(Explainer.Sentence s, Language l) {
        String group = ("en".equals(s.language()) ? l.pick("Engelstalige ", "English-language ") : "")
                + ("online".equals(s.mode()) ? l.pick("online groep", "online group") : l.pick("groep", "group"));
        String where = s.place().isEmpty() ? "" : l.pick(" in regio ", " in region ") + s.place();
        return l.pick("voorgesteld voor een nieuwe " + group + where + " met " + s.number() + " mensen",
                "suggested for a new " + group + where + " of " + s.number() + " people");
    }

    /** "Utrecht 1", "Utrecht 1 en Zwolle", "Utrecht 1, Zwolle en nog 3 andere groepen". */
    private static String names(List<String> ids, int more, Function<String, Group> groups, Language l) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            Group g = groups.apply(id);
            names.add(g == null ? l.pick("een groep die er niet meer is", "a group that no longer exists") : g.name());
        }
        return join(names, more, l);
    }

    private static String join(List<String> names, int more, Language l) {
        List<String> all = new ArrayList<>(names);
        if (more > 0) {
            all.add(l.pick(more == 1 ? "nog 1 andere groep" : "nog " + more + " andere groepen",
                    more == 1 ? "1 other group" : more + " other groups"));
        }
        if (all.size() <= 1) {
            return all.isEmpty() ? "" : all.getFirst();
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + l.pick(" en ", " and ") + all.getLast();
    }

    /** One to three slots in words ("woensdagavond of donderdagochtend"), more as "een van je 5 tijden". */
    private static String slots(List<String> slots, Language l) {
        if (slots.size() > 3) {
            return l.pick("een van je " + slots.size() + " tijden", "any of your " + slots.size() + " times");
        }
        List<String> words = slots.stream().map(s -> slot(s, l)).toList();
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + l.pick(" of ", " or ") + words.getLast();
    }

    /** "tuesday-afternoon" → "dinsdagmiddag" / "Tuesday afternoon". */
    static String slot(String slot, Language l) {
        int dash = slot.indexOf('-');
        String day = dash < 0 ? slot : slot.substring(0, dash);
        String part = dash < 0 ? null : slot.substring(dash + 1);
        return l == Language.EN ? Group.dayTextEnglish(day, part) : Group.dayText(day, part);
    }

    private static String language(String code, Language l) {
        return switch (code) {
            case "en" -> l.pick("Engels", "English");
            case "nl" -> l.pick("Nederlands", "Dutch");
            default -> l.pick("een andere taal", "another language");
        };
    }

    private static String mode(String mode, Language l) {
        return "online".equals(mode) ? "online" : l.pick("op locatie", "in person");
    }

    private static String kindOfGroup(String mode, Language l) {
        return switch (mode) {
            case "online" -> l.pick("online groep", "online group");
            case "in-person" -> l.pick("groep op locatie", "in-person group");
            default -> l.pick("groep", "group");
        };
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
