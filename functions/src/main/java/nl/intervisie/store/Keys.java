package nl.intervisie.store;

/**
 * The single-table layout. Every item has pk and sk; gsi1pk/gsi1sk feed the one GSI ("gsi1") for lists
 * by status or type; expiresAt (epoch seconds) is the TTL attribute.
 *
 * <pre>
 * entity           pk                    sk                      gsi1pk              gsi1sk
 * group            GROUP#{id}            GROUP                   GROUPS              {id}
 * membership       GROUP#{id}            MEMBER#{applicantId}    APPLICANT#{aid}     MEMBERSHIP#{groupId}
 * applicant        APPLICANT#{id}        APPLICANT               STATUS#{status}     {createdAt}#{id}
 * e-mail guard     EMAIL#{sha256}        EMAIL                   -                   -
 * meeting          GROUP#{id}            MEETING#{date}          MEETINGS#{year}     {date}#{groupId}
 * proposal         PROPOSAL#{id}         PROPOSAL                PROPOSALS           {createdAt}#{id}
 * attendance       GROUP#{id}            MEETING#{date}#ATTENDEE#{aid}  APPLICANT#{aid}  ATTENDANCE#{date}#{groupId}
 * planned meeting  GROUP#{id}            PLAN#{meetingId}        PLANS#{year}        {date}#{groupId}#{meetingId}
 * audit entry      AUDIT#{yyyy-MM}       {timestamp}#{id}        -                   -
 * reminder marker  REMINDER#{gid}#{meetingId}#{date}  REMINDER#{aid}  APPLICANT#{aid}  REMINDER#{date}#{gid}
 * </pre>
 *
 * One owner class per entity builds its keys, maps its attributes and holds its writes with their conditions
 * (the pieces multi-entity transactions compose): group {@code groups.GroupItems}, membership
 * {@code groups.MembershipItems}, applicant, e-mail guard and the person index {@code applicants.ApplicantItems},
 * meeting and attendance {@code attendance.AttendanceItems}, planned meeting {@code planning.PlanItems}, proposal
 * {@code matching.ProposalItems}, audit entry {@code audit.AuditLog}, reminder marker {@code reminders.ReminderItems}.
 * KeyOwnersTest keeps every key prefix inside its owner.
 *
 * Rule for personal data: every item that holds an applicant's id, other than the applicant and its e-mail guard,
 * has gsi1pk APPLICANT#{id}, so export and erasure find all of a person's items with one query. Meetings and
 * proposals hold counts and ids only (proposals expire by TTL); the audit log holds ids only.
 *
 * TTLs: an application and its e-mail guard expire a year after sign-up; placing removes both TTLs (kept while in
 * a group); leaving the last group (status LEFT) gives applicant, guard and the ended membership the end of the leave
 * year + the attendance period, as attendance and meetings have; proposals 30 days, audit entries 2 years, planned
 * meetings a year after their date, reminder markers 2 days after their meeting.
 */
public final class Keys {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    public static final String TTL = "expiresAt";

    private Keys() {
    }
}
