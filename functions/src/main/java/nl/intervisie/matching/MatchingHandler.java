package nl.intervisie.matching;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.ApiHandler;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.wiring.Wiring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * /api/admin/matching/… — group matching proposals (issue 5):
 * POST proposals (create; body {"maxKm": 1..300, "timeLimitSeconds": 1..20}, both optional), GET proposals (recent), GET proposals/{id} (the review, in words), POST proposals/{id}/apply
 * ({"leaveOut": {"applicants": [...], "groups": [...]}, "version": n}: group by group, with a result per group).
 */
public final class MatchingHandler extends ApiHandler {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String BASE = "/api/admin/matching/proposals";
    static final int MIN_KM = 1;
    static final int MAX_KM = 300;

    private final MatchingService service;
    private final Matcher.Settings defaults;

    public MatchingHandler() {
        this(Wiring.standard().matching(), Matcher.Settings.fromEnvironment());
    }

    public MatchingHandler(MatchingService service, Matcher.Settings defaults) {
        this.service = service;
        this.defaults = defaults;
        coordinator("POST", BASE, this::create);
        coordinator("GET", BASE, this::recent);
        coordinator("GET", BASE + "/{id}", this::get);
        coordinator("POST", BASE + "/{id}/apply", this::apply);
    }

    private APIGatewayV2HTTPResponse recent(ApiRequest request, Caller caller) {
        List<Object> list = new ArrayList<>();
        for (Proposal p : service.recent()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("createdAt", p.createdAt().toString());
            m.put("status", p.status());
            m.put("score", p.body().get("score"));
            m.put("placedCount", p.body().get("placedCount"));
            m.put("waitingCount", p.body().get("waitingCount"));
            list.add(m);
        }
        return ApiResponse.json(200, Map.of("proposals", list));
    }

    private APIGatewayV2HTTPResponse get(ApiRequest request, Caller caller) {
        Proposal p = service.find(id(request)).orElseThrow(() -> notFound(request.language()));
        return ApiResponse.json(200, service.view(p, request.language()));
    }

    private APIGatewayV2HTTPResponse apply(ApiRequest request, Caller caller) {
        Language lang = request.language();
        String id = id(request);
        Map<String, Object> json = request.body().isBlank() ? Map.of() : request.jsonBody();
        ProposalApply.LeaveOut leaveOut = ApplyRequest.leaveOut(json, lang);
        Long version = ApplyRequest.version(json, lang);
        ProposalApply.Result result = service.applier().apply(caller, id, leaveOut, version, lang);
        return ApiResponse.json(200, ApplyRequest.answer(result, service.view(result.proposal(), lang), lang));
    }

    private APIGatewayV2HTTPResponse create(ApiRequest request, Caller caller) {
        Proposal p = service.create(caller, settings(request), maxKm(request));
        return ApiResponse.json(201, service.view(p, request.language()));
    }

    /** The solver's time limits: the defaults, or {"timeLimitSeconds": 1..20} from the body. */
    private Matcher.Settings settings(ApiRequest request) {
        Language lang = request.language();
        if (request.body().isBlank()) {
            return defaults;
        }
        Map<String, Object> json = request.jsonBody();
        for (String field : json.keySet()) {
            if (!Set.of("timeLimitSeconds", "maxKm").contains(field)) {
                throw new ApiException(400, List.of(new FieldError(field, lang.pick(
                        "Onbekend veld.", "Unknown field."))));
            }
        }
        Object limit = json.get("timeLimitSeconds");
        if (limit == null) {
            return defaults;
        }
        if (!(limit instanceof Integer || limit instanceof Long) || ((Number) limit).longValue() < 1
                || ((Number) limit).longValue() > 20) {
            throw new ApiException(400, List.of(new FieldError("timeLimitSeconds", lang.pick(
                    "Geef een geheel aantal seconden van 1 tot en met 20.", "Give a whole number of seconds from 1 to 20."))));
        }
        long seconds = ((Number) limit).longValue();
        return new Matcher.Settings(Duration.ofSeconds(seconds),
                Duration.ofSeconds(Math.min(seconds, defaults.unimprovedLimit().toSeconds())));
    }

    /** The longest distance to an in-person group: {"maxKm": 1..300} from the body, else null (the default, 50 km). */
    static Double maxKm(ApiRequest request) {
        if (request.body().isBlank()) {
            return null;
        }
        Object km = request.jsonBody().get("maxKm");
        if (km == null) {
            return null;
        }
        if (!(km instanceof Integer || km instanceof Long) || ((Number) km).longValue() < MIN_KM
                || ((Number) km).longValue() > MAX_KM) {
            Language lang = request.language();
            throw new ApiException(400, List.of(new FieldError("maxKm", lang.pick(
                    "Geef de grootste afstand als een geheel aantal kilometers van " + MIN_KM + " tot en met " + MAX_KM + ".",
                    "Give the longest distance as a whole number of kilometres from " + MIN_KM + " to " + MAX_KM + "."))));
        }
        return ((Number) km).doubleValue();
    }

    private static String id(ApiRequest request) {
        String id = request.pathParameter("id");
        if (id == null || !ID.matcher(id).matches()) {
            throw notFound(request.language());
        }
        return id;
    }

    private static ApiException notFound(Language lang) {
        return new ApiException(404, lang.pick("Dit voorstel bestaat niet (meer).", "This proposal does not exist (any more)."));
    }
}
