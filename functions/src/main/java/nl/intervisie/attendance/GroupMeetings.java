package nl.intervisie.attendance;

import nl.intervisie.groups.GroupAccess;
import nl.intervisie.http.Caller;
import nl.intervisie.http.Language;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A group's meetings for the people who lead it: coordinators for every group, a facilitator for their own groups
 * only (the object check comes first: someone else's group is 403 before anything is read). Recording a meeting
 * mails the proofs.
 */
public final class GroupMeetings {
    private final AttendanceService service;
    private final GroupAccess access;
    private final MeetingProofs proofs;

    public GroupMeetings(AttendanceService service, GroupAccess access, MeetingProofs proofs) {
        this.service = service;
        this.access = access;
        this.proofs = proofs;
    }

    /** @param body read only after the object check: someone else's group is 403 whatever they sent */
    public AttendanceService.Recorded record(Caller caller, String groupId, String date, Supplier<Map<String, Object>> body,
                                             Language lang) {
        access.requireGroup(caller, groupId, lang);
        AttendanceService.Recorded recorded = service.record(groupId, date, body.get(), lang);
        proofs.send(recorded);
        return recorded;
    }

    public List<Meeting> meetings(Caller caller, String groupId, String year, Language lang) {
        access.requireGroup(caller, groupId, lang);
        return service.meetings(groupId, year, lang);
    }

    public AttendanceService.Recorded meeting(Caller caller, String groupId, String date, Language lang) {
        access.requireGroup(caller, groupId, lang);
        return service.meeting(groupId, date, lang);
    }
}
