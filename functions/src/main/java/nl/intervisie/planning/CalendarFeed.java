package nl.intervisie.planning;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;
import nl.intervisie.groups.Group;
import nl.intervisie.network.Calendar;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A participant's calendar (RFC 5545, written by biweekly): one VEVENT per planned meeting of their group, with a
 * UID that stays the same whatever changes ({groupId}.{meetingId}@intervisie), SEQUENCE = version − 1 and
 * LAST-MODIFIED = the last change, so calendar apps update the event they have; a cancelled date stays, with
 * STATUS:CANCELLED. Times are written in UTC (no VTIMEZONE needed), converted from the Dutch local times.
 */
final class CalendarFeed {
    static final String UID_DOMAIN = "@intervisie";

    /** One group's meetings as the feed shows them. */
    record GroupPlan(Group group, List<PlannedMeeting> meetings) {
    }

    private CalendarFeed() {
    }

    static String write(List<GroupPlan> plans, boolean english) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Intervisie//Planning//" + (english ? "EN" : "NL"));
        ical.setExperimentalProperty("X-WR-CALNAME", english ? "Intervision" : "Intervisie");
        for (GroupPlan plan : plans) {
            for (PlannedMeeting m : plan.meetings()) {
                ical.addEvent(event(plan.group(), m, english));
            }
        }
        return Biweekly.write(ical).go();
    }

    static String uid(PlannedMeeting m) {
        return m.groupId() + "." + m.id() + UID_DOMAIN;
    }

    private static VEvent event(Group group, PlannedMeeting m, boolean english) {
        VEvent e = new VEvent();
        e.setUid(uid(m));
        e.setDateTimeStamp(Date.from(m.updatedAt()));
        e.setLastModified(Date.from(m.updatedAt()));
        e.setSequence((int) Math.max(0, m.version() - 1));
        e.setDateStart(new DateStart(Date.from(instant(m, true)), true));
        e.setDateEnd(new DateEnd(Date.from(instant(m, false)), true));
        e.setSummary((english ? "Intervision: " : "Intervisie: ") + group.name());
        boolean online = !m.link().isEmpty();
        e.setLocation(!m.place().isEmpty() ? m.place() : online ? "Online" : group.city());
        if (online) {
            e.setUrl(m.link());
        }
        String facilitator = group.facilitator() == null || group.facilitator().isBlank() ? ""
                : (english ? "Facilitator: " : "Begeleider: ") + group.facilitator() + ". ";
        e.setDescription(((english ? "Intervision group " : "Intervisiegroep ") + group.name() + ". " + facilitator
                + (online ? "Online: " + m.link() : "")).strip());
        e.setStatus(m.cancelled() ? Status.cancelled() : Status.confirmed());
        return e;
    }

    private static Instant instant(PlannedMeeting m, boolean start) {
        return m.date().atTime(start ? m.start() : m.end()).atZone(Calendar.ZONE).toInstant();
    }
}
