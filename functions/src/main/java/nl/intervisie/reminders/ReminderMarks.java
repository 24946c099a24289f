package nl.intervisie.reminders;

import java.time.LocalDate;

/** The "reminder sent" markers (item format in {@link ReminderItems}). */
public interface ReminderMarks {
    /** One reminder: a planned meeting of a group on a date, to one person. */
    record Mark(String groupId, String meetingId, LocalDate date, String applicantId) {
    }

    /** Writes the marker if there is none; true when this caller wrote it (and so sends the reminder). */
    boolean claim(Mark mark);

    /** Removes the marker again (the reminder was not sent after all). */
    void release(Mark mark);
}
