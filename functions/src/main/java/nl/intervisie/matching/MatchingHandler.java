package nl.intervisie.matching;

import nl.intervisie.http.ApiHandler;

/** /api/admin/matching/… — group matching proposals (issue 5). Routes are added by the feature; until then every path answers 404. */
public final class MatchingHandler extends ApiHandler {
    public MatchingHandler() {
    }
}
