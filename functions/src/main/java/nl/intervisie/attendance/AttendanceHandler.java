package nl.intervisie.attendance;

import nl.intervisie.http.ApiHandler;

/** /api/admin/groups/{groupId}/meetings… and /api/admin/attendance/… — attendance (issue 6). Routes are added by the feature; until then every path answers 404. */
public final class AttendanceHandler extends ApiHandler {
    public AttendanceHandler() {
    }
}
