package nl.intervisie.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of every Lambda handler: one function serves the routes of one feature. It matches method and path,
 * turns an {@link ApiException} into the error body, and any other failure into a 500 that reveals nothing
 * (the log line carries the request id and exception type only: no personal data).
 *
 * <p>A route says who may call it when it is declared: {@link #open} for everyone, {@link #coordinator} for the
 * coordinators' role, {@link #leader} for coordinators and facilitators. The router checks the role before the
 * action runs (401 without a caller, 403 with another role), so a handler cannot forget it; the action gets the
 * checked {@link Caller}. A facilitator may act only on their own groups: that is data, so the service checks the
 * object with the caller it is given (403 for someone else's group or member).
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final List<Route> routes = new ArrayList<>();

    protected ApiHandler() {
        // Under SnapStart, the snapshot is taken after a DynamoDB call and a sample request (see Priming).
        Priming.registerIfSnapshotted(this, System::getenv);
    }

    /** What a public route does with a request. */
    @FunctionalInterface
    protected interface Action {
        APIGatewayV2HTTPResponse handle(ApiRequest request);
    }

    /** What a route behind a role does with a request and the caller the router checked. */
    @FunctionalInterface
    protected interface CallerAction {
        APIGatewayV2HTTPResponse handle(ApiRequest request, Caller caller);
    }

    /** A route anyone may call. */
    protected final void open(String method, String pathPattern, Action action) {
        routes.add(new Route(method, pathPattern.split("/"), Access.OPEN, (request, caller) -> action.handle(request)));
    }

    /** A route for coordinators only. */
    protected final void coordinator(String method, String pathPattern, CallerAction action) {
        routes.add(new Route(method, pathPattern.split("/"), Access.COORDINATOR, action));
    }

    /** A route for coordinators and facilitators; the action must check the object for a facilitator. */
    protected final void leader(String method, String pathPattern, CallerAction action) {
        routes.add(new Route(method, pathPattern.split("/"), Access.LEADER, action));
    }

    /** Every route this handler serves as "METHOD /path/{param}", in order: lets tests enumerate them all. */
    public final List<String> routeKeys() {
        return routes.stream().map(r -> r.method() + " " + String.join("/", r.segments())).toList();
    }

    /** The routes behind a role, as {@link #routeKeys}: lets tests check every one of them refuses other callers. */
    public final List<String> protectedRouteKeys() {
        return routes.stream().filter(r -> r.access() != Access.OPEN)
                .map(r -> r.method() + " " + String.join("/", r.segments())).toList();
    }

    /** The routes a facilitator may call (on their own objects), as {@link #routeKeys}. */
    public final List<String> leaderRouteKeys() {
        return routes.stream().filter(r -> r.access() == Access.LEADER)
                .map(r -> r.method() + " " + String.join("/", r.segments())).toList();
    }

    /** Method and path pattern of the first route, or null: the sample request for {@link Priming}. */
    final String[] firstRoute() {
        return routes.isEmpty() ? null : new String[]{routes.get(0).method(), String.join("/", routes.get(0).segments())};
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Log.begin(context);
        ApiRequest request = new ApiRequest(event);
        Language lang = request.language();
        try {
            boolean pathKnown = false;
            for (Route route : routes) {
                Map<String, String> params = route.match(request.path());
                if (params == null) {
                    continue;
                }
                pathKnown = true;
                if (route.method().equals(request.method())) {
                    if (!params.isEmpty()) {
                        Map<String, String> merged = new LinkedHashMap<>(params);
                        if (event.getPathParameters() != null) {
                            merged.putAll(event.getPathParameters());
                        }
                        event.setPathParameters(merged);
                        request = new ApiRequest(event);
                    }
                    return route.action().handle(request, route.access().check(request));
                }
            }
            if (pathKnown) {
                return ApiResponse.errors(405, List.of(new FieldError(null,
                        lang.pick("Deze methode kan hier niet.", "This method is not allowed here."))));
            }
            return ApiResponse.errors(404, List.of(new FieldError(null,
                    lang.pick("Dit adres bestaat niet.", "This address does not exist."))));
        } catch (ApiException e) {
            return ApiResponse.errors(e.status(), e.errors());
        } catch (RuntimeException e) {
            // The exception's class only: its message could quote what a person sent.
            Log.error("request failed", "exception", e.getClass().getName());
            return ApiResponse.errors(500, List.of(new FieldError(null, lang.pick(
                    "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
                    "Something went wrong on our side. Please try again later."))));
        }
    }

    /**
     * Who may call a route: checked by the router before the action runs. LEADER admits coordinators and
     * facilitators; which groups are a facilitator's is data, so the service checks the object (403 for someone
     * else's group) with the {@link Caller} it is given.
     */
    enum Access {
        OPEN, COORDINATOR, LEADER;

        /** The caller when admitted (null for an open route); else 401 (no identity) or 403 (another role). */
        Caller check(ApiRequest request) {
            return switch (this) {
                case OPEN -> null;
                case COORDINATOR -> Caller.requireCoordinator(request);
                case LEADER -> Caller.requireLeader(request);
            };
        }
    }

    private record Route(String method, String[] segments, Access access, CallerAction action) {
        /** Path parameters when the path matches ({name} matches one non-empty segment), else null. */
        Map<String, String> match(String path) {
            String[] parts = path.split("/", -1);
            if (parts.length != segments.length) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < parts.length; i++) {
                String pattern = segments[i];
                if (pattern.startsWith("{") && pattern.endsWith("}")) {
                    if (parts[i].isEmpty()) {
                        return null;
                    }
                    String value = decode(parts[i]);
                    if (value == null) {
                        return null;
                    }
                    params.put(pattern.substring(1, pattern.length() - 1), value);
                } else if (!pattern.equals(parts[i])) {
                    return null;
                }
            }
            return params;
        }

        private static String decode(String segment) {
            try {
                return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null; // malformed %-escape: no route matches, so the answer is 404
            }
        }
    }
}
