package nl.intervisie.groups;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.http.ApiHandler;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.Json;
import nl.intervisie.wiring.Wiring;

import java.util.Map;

/**
 * GET /api/groups (public): the groups page refreshes its build-time snapshot from this. The CDN may keep an
 * answer for a minute, so a burst of visitors costs one read of the table per minute.
 */
public final class GroupsHandler extends ApiHandler {
    private final GroupAdmin groups;

    public GroupsHandler() {
        this(Wiring.standard());
    }

    public GroupsHandler(Wiring wiring) {
        this.groups = wiring.groupAdmin();
        open("GET", "/api/groups", request -> list());
    }

    private APIGatewayV2HTTPResponse list() {
        return ApiResponse.text(200, "application/json; charset=utf-8", Json.write(groups.publicList()),
                // The CDN keeps it a minute (s-maxage); a browser asks again, so a coordinator's change shows within it.
                Map.of("Cache-Control", "public, max-age=0, s-maxage=60"));
    }
}
