package nl.intervisie.signup;

import nl.intervisie.http.ApiHandler;

/** POST /api/signup — the public sign-up form (issue 4). Routes are added by the feature; until then every path answers 404. */
public final class SignupHandler extends ApiHandler {
    public SignupHandler() {
    }
}
