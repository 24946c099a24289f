package nl.intervisie.matching;

import nl.intervisie.http.ApiException;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The apply route's body ({"leaveOut": {"applicants": [...], "groups": [...]}, "version": n}) and its answer. */
final class ApplyRequest {
    private static final int MAX_IDS = 10_000;

    private ApplyRequest() {
    }

    @SuppressWarnings("unchecked")
    static ProposalApply.LeaveOut leaveOut(Map<String, Object> json, Language lang) {
        for (String field : json.keySet()) {
            if (!Set.of("leaveOut", "version").contains(field)) {
                throw new ApiException(400, List.of(new FieldError(field, lang.pick("Onbekend veld.", "Unknown field."))));
            }
        }
        Object leaveOut = json.get("leaveOut");
        if (leaveOut == null) {
            return ProposalApply.LeaveOut.NONE;
        }
        if (!(leaveOut instanceof Map<?, ?> m) || !Set.of("applicants", "groups").containsAll(m.keySet())) {
            throw new ApiException(400, List.of(new FieldError("leaveOut", lang.pick(
                    "Geef leaveOut als {\"applicants\": [...], \"groups\": [...]}.",
                    "Give leaveOut as {\"applicants\": [...], \"groups\": [...]}."))));
        }
        return new ProposalApply.LeaveOut(ids((Map<String, Object>) m, "applicants", lang),
                ids((Map<String, Object>) m, "groups", lang));
    }

    private static Set<String> ids(Map<String, Object> m, String field, Language lang) {
        Object value = m.get(field);
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> list) || list.size() > MAX_IDS
                || !list.stream().allMatch(x -> x instanceof String s && s.matches("[A-Za-z0-9-]{1,64}"))) {
            throw new ApiException(400, List.of(new FieldError("leaveOut." + field, lang.pick(
                    "Geef een lijst van ids uit het voorstel.", "Give a list of ids from the proposal."))));
        }
        Set<String> ids = new LinkedHashSet<>();
        list.forEach(x -> ids.add((String) x));
        return ids;
    }

    static Long version(Map<String, Object> json, Language lang) {
        Object v = json.get("version");
        if (v == null) {
            return null;
        }
        if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() < 0) {
            throw new ApiException(400, List.of(new FieldError("version", lang.pick(
                    "Geef de versie van het voorstel als geheel getal.", "Give the proposal's version as a whole number."))));
        }
        return ((Number) v).longValue();
    }

    /** Per group what happened, in words, with the names from the review of the proposal as it is now. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> answer(ProposalApply.Result r, Map<String, Object> view, Language lang) {
        Map<String, String> groupNames = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        namesIn(view, groupNames, names);
        List<Object> groups = new ArrayList<>();
        int placed = 0;
        int refused = 0;
        int remaining = 0;
        for (ProposalApply.GroupOutcome o : r.groups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("groupId", o.groupId());
            g.put("name", groupNames.get(o.groupId()));
            g.put("result", o.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            g.put("placed", people(o.placed(), names));
            g.put("leftOut", people(o.leftOut(), names));
            g.put("message", message(o, names, r.minToStart(), lang));
            groups.add(g);
            placed += o.outcome() == ProposalApply.Outcome.APPLIED ? o.placed().size() : 0;
            refused += o.outcome() == ProposalApply.Outcome.STALE || o.outcome() == ProposalApply.Outcome.TOO_FEW ? 1 : 0;
            remaining += o.outcome() == ProposalApply.Outcome.NOT_TRIED ? 1 : 0;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("proposalId", r.proposal().id());
        out.put("status", r.proposal().status());
        out.put("version", r.proposal().version());
        out.put("placedCount", placed);
        out.put("mailsSent", r.mailsSent());
        out.put("mailsFailed", r.mailsFailed());
        out.put("refusedGroups", refused);
        out.put("remainingGroups", remaining);
        out.put("message", summary(placed, r.mailsSent(), refused, remaining, lang));
        out.put("groups", groups);
        out.put("proposal", view);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void namesIn(Map<String, Object> view, Map<String, String> groupNames, Map<String, String> names) {
        for (Map<String, Object> g : (List<Map<String, Object>>) view.get("groups")) {
            groupNames.put((String) g.get("groupId"), (String) g.get("name"));
            for (Map<String, Object> x : (List<Map<String, Object>>) g.get("placements")) {
                names.put((String) x.get("applicantId"), (String) x.get("name"));
            }
        }
    }

    private static List<Object> people(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> (Object) Map.of("applicantId", id, "name", names.getOrDefault(id, ""))).toList();
    }

    private static String message(ProposalApply.GroupOutcome o, Map<String, String> names, int minToStart, Language l) {
        int n = o.placed().size();
        return switch (o.outcome()) {
            case APPLIED -> l.pick("Toegepast: " + people(n, l) + " geplaatst.", "Applied: " + people(n, l) + " placed.");
            case ALREADY_APPLIED -> l.pick("Was al toegepast (" + people(n, l) + " geplaatst).",
                    "Already applied (" + people(n, l) + " placed).");
            case LEFT_OUT -> l.pick("Weggelaten: niemand geplaatst.", "Left out: no one placed.");
            case TOO_FEW -> l.pick("Niet toegepast: een nieuwe groep start pas met " + minToStart + " mensen.",
                    "Not applied: a new group only starts with " + minToStart + " people.");
            case NOT_TRIED -> l.pick("Nog niet gedaan: de tijd was op. Pas het voorstel opnieuw toe om verder te gaan.",
                    "Not done yet: time ran out. Apply the proposal again to go on.");
            case STALE -> stale(o, names, l);
        };
    }

    private static String stale(ProposalApply.GroupOutcome o, Map<String, String> names, Language l) {
        if (!o.changed().isEmpty()) {
            String who = String.join(", ", o.changed().stream().map(id -> names.getOrDefault(id, "")).toList());
            return l.pick("Niet toegepast: de aanmelding van " + who + " is veranderd sinds het voorstel. "
                            + "Niemand in deze groep is geplaatst.",
                    "Not applied: the application of " + who + " changed since the proposal. No one in this group was placed.");
        }
        return l.pick("Niet toegepast: de groep is veranderd sinds het voorstel (leden, plaatsen, status of tijd). "
                        + "Niemand in deze groep is geplaatst.",
                "Not applied: the group changed since the proposal (members, places, status or time). "
                        + "No one in this group was placed.");
    }

    private static String summary(int placed, int mails, int refused, int remaining, Language l) {
        StringBuilder b = new StringBuilder(l.pick(people(placed, l) + " geplaatst; " + mails + " van hen krijgen een e-mail.",
                people(placed, l) + " placed; " + mails + " of them get an e-mail."));
        if (refused > 0) {
            b.append(l.pick(" " + refused + " groep(en) niet toegepast.", " " + refused + " group(s) not applied."));
        }
        if (remaining > 0) {
            b.append(l.pick(" " + remaining + " groep(en) nog niet gedaan: pas het voorstel opnieuw toe.",
                    " " + remaining + " group(s) not done yet: apply the proposal again."));
        }
        return b.toString();
    }

    private static String people(int n, Language l) {
        return n == 1 ? l.pick("1 persoon", "1 person") : n + l.pick(" mensen", " people");
    }
}
