package nl.intervisie.admin;

import nl.intervisie.http.ApiHandler;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.http.Caller;

import java.util.Map;

/** The coordinators' API under /api/admin/… . Every route starts with the role check. */
public final class AdminHandler extends ApiHandler {
    public AdminHandler() {
        route("GET", "/api/admin/whoami", request -> {
            Caller caller = Caller.requireCoordinator(request);
            return ApiResponse.json(200, Map.of(
                    "subject", caller.subject(),
                    "username", caller.username(),
                    "groups", caller.groups()));
        });
    }
}
