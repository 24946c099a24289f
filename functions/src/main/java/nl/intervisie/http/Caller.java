package nl.intervisie.http;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Who is calling, from the JWT authorizer's claims. Every admin handler checks the role itself, even though
 * API Gateway's authorizer already did (defence in depth: a misrouted request must not reach admin data).
 */
public record Caller(String subject, String username, List<String> groups) {
    public static final String COORDINATORS = "coordinators";
    /** The Cognito group of facilitators (template.yaml has both groups). */
    public static final String FACILITATORS = "facilitators";
    static final String GROUPS_CLAIM = "cognito:groups";

    /** The coordinator calling, or 401 (no identity) / 403 (signed in, but not a coordinator). */
    public static Caller requireCoordinator(ApiRequest request) {
        Caller caller = identify(request);
        if (!caller.coordinator()) {
            throw new ApiException(403, request.language().pick(
                    "Dit is alleen voor coördinatoren.", "This is for coordinators only."));
        }
        return caller;
    }

    /**
     * A coordinator or a facilitator calling, or 401 / 403 (signed in with neither role). Which objects a
     * facilitator may touch is for the service to check ({@code groups.GroupAccess}).
     */
    public static Caller requireLeader(ApiRequest request) {
        Caller caller = identify(request);
        if (!caller.coordinator() && !caller.facilitator()) {
            throw new ApiException(403, request.language().pick(
                    "Dit is alleen voor coördinatoren en begeleiders.", "This is for coordinators and facilitators only."));
        }
        return caller;
    }

    private static Caller identify(ApiRequest request) {
        Map<String, String> claims = request.claims();
        String subject = claims.get("sub");
        if (subject == null || subject.isBlank()) {
            throw new ApiException(401, request.language().pick("Log eerst in.", "Please sign in first."));
        }
        return new Caller(subject, firstNonBlank(claims.get("username"), claims.get("cognito:username"), subject),
                parseGroups(claims.get(GROUPS_CLAIM)));
    }

    public boolean coordinator() {
        return groups.contains(COORDINATORS);
    }

    /** In the facilitators' group (and not a coordinator, who has every right anyway). */
    public boolean facilitator() {
        return !coordinator() && groups.contains(FACILITATORS);
    }

    /** The role that acted, for the audit log: "coordinator" or "facilitator". */
    public String role() {
        return coordinator() ? "coordinator" : facilitator() ? "facilitator" : "none";
    }

    /**
     * The groups claim as a list. An HTTP API passes a list claim as one string, "[a b]": its items are separated
     * by spaces, which Cognito group names cannot contain. Commas and quotes can be part of a name, so they are
     * never separators: a group named "x,coordinators" is that one group and grants nothing.
     */
    static List<String> parseGroups(String claim) {
        if (claim == null) {
            return List.of();
        }
        String inner = claim.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
