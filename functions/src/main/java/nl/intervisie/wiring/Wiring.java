package nl.intervisie.wiring;

import nl.intervisie.applicants.ApplicantActions;
import nl.intervisie.applicants.ApplicantReview;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.attendance.AttendanceRules;
import nl.intervisie.attendance.AttendanceService;
import nl.intervisie.attendance.DynamoAttendanceStore;
import nl.intervisie.attendance.GroupMeetings;
import nl.intervisie.attendance.MeetingProofs;
import nl.intervisie.attendance.StatementLinks;
import nl.intervisie.attendance.Methods;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.ApplicantDetail;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupAccess;
import nl.intervisie.groups.GroupAdmin;
import nl.intervisie.groups.GroupCatalogue;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.groups.HandPlacement;
import nl.intervisie.groups.MemberLeave;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.mail.Mailer;
import nl.intervisie.mail.Mailers;
import nl.intervisie.matching.DynamoProposalStore;
import nl.intervisie.matching.MatchingService;
import nl.intervisie.planning.CalendarFeeds;
import nl.intervisie.planning.CalendarLinks;
import nl.intervisie.planning.DynamoPlanStore;
import nl.intervisie.planning.MeetingPlanner;
import nl.intervisie.planning.PlacementMails;
import nl.intervisie.planning.PlanStore;
import nl.intervisie.planning.PlanningApi;
import nl.intervisie.planning.UpcomingMeetings;
import nl.intervisie.privacy.DynamoPrivacyStore;
import nl.intervisie.reminders.DynamoReminderMarks;
import nl.intervisie.reminders.ReminderText;
import nl.intervisie.reminders.Reminders;
import nl.intervisie.privacy.PrivacyService;
import nl.intervisie.links.LinkKey;
import nl.intervisie.links.SignedLinks;
import nl.intervisie.mail.ContactAddress;
import nl.intervisie.mail.MailContact;
import nl.intervisie.mail.DynamoMailQuota;
import nl.intervisie.signup.ApplicantLinks;
import nl.intervisie.signup.SelfService;
import nl.intervisie.signup.SelfServiceFeatures;
import nl.intervisie.signup.SignupService;
import nl.intervisie.store.Config;
import nl.intervisie.store.Dynamo;
import nl.intervisie.network.Calendar;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one place that wires stores and services: the handlers' no-argument constructors (what Lambda calls) take
 * theirs from {@link #standard()}, built once per container on the one DynamoDB client. Tests and the local server
 * build their own with another client, table, clock or mailer. Building is cheap (no I/O): each function only
 * asks for what its handler uses, and the mailer (an SES client) is made on first use.
 */
public final class Wiring {
    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;
    private final Supplier<Mailer> mailers;
    private Mailer mailer;
    private StatementLinks statementLinks;

    /** @param mailers makes the mailer, once, when a service first needs it */
    public Wiring(DynamoDbClient client, String table, Clock clock, Supplier<Mailer> mailers) {
        this.client = client;
        this.table = table;
        this.clock = clock;
        this.mailers = mailers;
    }

    /**
     * The deployed wiring: TABLE_NAME, the system clock, the mailer the settings choose. A new one per call (a
     * container builds one handler, so once per container): TABLE_NAME is read when the handler is built, so the
     * local test servers, several in one process, each keep their handlers on their own table.
     */
    public static Wiring standard() {
        return new Wiring(Dynamo.client(), Dynamo.tableName(), Calendar.system(), Mailers::standard);
    }

    public Clock clock() {
        return clock;
    }

    public synchronized Mailer mailer() {
        if (mailer == null) {
            mailer = mailers.get();
        }
        return mailer;
    }

    public ApplicantStore applicants() {
        return new DynamoApplicantStore(client, table, clock);
    }

    public GroupStore groups() {
        return new DynamoGroupStore(client, table);
    }

    public MembershipStore memberships() {
        return new DynamoMembershipStore(client, table);
    }

    public AuditLog audit() {
        return new AuditLog(client, table, clock);
    }

    public SignupService signup() {
        return new SignupService(applicants(), mailQuota(), mailer(), applicantLinks(), clock, signupSettings());
    }

    /** The daily cap of mails per address (SIGNUP_MAILS_PER_DAY), shared by sign-up and reminders. */
    private DynamoMailQuota mailQuota() {
        return new DynamoMailQuota(client, table, clock, Integer.parseInt(Config.get("SIGNUP_MAILS_PER_DAY", "3")));
    }

    /** Reminder mails REMINDER_DAYS_BEFORE (7) days before each planned meeting, each sent once. */
    public Reminders reminders() {
        return new Reminders(upcomingMeetings(), applicants(), new DynamoReminderMarks(client, table, clock), mailQuota(),
                mailer(), new ReminderText(applicantLinks(), calendarLinks(), MailContact.standard()), clock,
                Integer.parseInt(Config.get("REMINDER_DAYS_BEFORE", "7").strip()));
    }

    /** The links in mails to applicants, signed with the network's link key. */
    public ApplicantLinks applicantLinks() {
        return new ApplicantLinks(new SignedLinks(LinkKey.standard(), clock), Config.get("SITE_URL", ""));
    }

    /** Who hears of new applications and self-service changes, the site's address, whether replies reach someone. */
    public SignupService.Settings signupSettings() {
        return SignupService.Settings.of(Config.get("COORDINATOR_MAIL", ""), Config.get("SITE_URL", ""), ContactAddress.get());
    }

    public SelfService selfService() {
        return new SelfService(applicants(), applicantLinks(), selfServiceFeatures(), mailer(), signupSettings());
    }

    public SelfServiceFeatures selfServiceExtras() {
        return selfServiceFeatures();
    }

    private SelfServiceFeatures selfServiceFeatures() {
        return new SelfServiceFeatures(memberLeave(), privacy(), attendance());
    }

    public MatchingService matching() {
        ApplicantStore applicants = applicants();
        return MatchingService.telling(applicants, groups(), memberships(), new DynamoProposalStore(client, table, applicants),
                audit(), placementMails(), clock, nl.intervisie.matching.Rules.Limits.DEFAULT);
    }

    public AttendanceService attendance() {
        // Group names from the table (coordinators create and rename groups), the catalogue's for the rest.
        Map<String, String> catalogue = GroupCatalogue.load().stream().collect(Collectors.toMap(Group::id, Group::name));
        GroupStore groups = groups();
        return new AttendanceService(new DynamoAttendanceStore(client, table, groups, memberships()), Methods.load(),
                AttendanceRules.fromConfig(), clock,
                id -> groups.get(id).map(g -> g.group().name()).orElse(catalogue.get(id)));
    }

    /** The group object check: who may act on which group (a facilitator: the groups they lead). */
    public GroupAccess groupAccess() {
        return new GroupAccess(groups());
    }

    /** A group's meetings for coordinators and the group's facilitator; recording mails the proofs. */
    public GroupMeetings groupMeetings() {
        AttendanceService attendance = attendance();
        return new GroupMeetings(attendance, groupAccess(),
                new MeetingProofs(attendance, applicants(), mailer(), statementLinks(), applicantLinks(), MailContact.standard()));
    }

    /** Statement links: the key from the settings (read on first use), valid STATEMENT_LINK_DAYS (365). */
    public synchronized StatementLinks statementLinks() {
        if (statementLinks == null) {
            statementLinks = new StatementLinks(LinkKey.standard(), clock,
                    Duration.ofDays(Integer.parseInt(Config.get("STATEMENT_LINK_DAYS", "365").strip())),
                    Config.get("SITE_URL", ""));
        }
        return statementLinks;
    }

    public ApplicantReview applicantReview() {
        return new ApplicantReview(applicants(), audit());
    }

    /** A coordinator's steps on one application: intake, decline (with its mail), preferences. */
    public ApplicantActions applicantActions() {
        ApplicantLinks links = applicantLinks();
        return new ApplicantActions(applicants(), audit(), mailer(), links::selfServiceUrl,
                new ApplicantActions.Settings(Config.get("SITE_URL", ""), !ContactAddress.get().isBlank()), clock);
    }

    /** One applicant in full for coordinators, with this year's attendance. */
    public ApplicantDetail applicantDetail() {
        AttendanceService attendance = attendance();
        return new ApplicantDetail(applicants(), memberships(), groups(), id -> attendanceSummary(attendance, id));
    }

    private ApplicantDetail.Attendance attendanceSummary(AttendanceService attendance, String applicantId) {
        try {
            var s = attendance.statement(applicantId, null, null, null, nl.intervisie.http.Language.NL);
            int year = s.from().getYear();
            int minutes = s.attended().stream().filter(m -> m.date().getYear() == year)
                    .mapToInt(nl.intervisie.attendance.Meeting::minutes).sum();
            return new ApplicantDetail.Attendance(year, s.meetingsPerYear().getOrDefault(year, 0),
                    s.rules().meetingsPerYear(), minutes, s.hoursFrom().getYear(), s.hoursWindowMinutes(),
                    s.rules().hoursPerPeriod());
        } catch (nl.intervisie.http.ApiException e) {
            return null; // no name to make a statement for (erased meanwhile)
        }
    }

    public PrivacyService privacy() {
        return new PrivacyService(new DynamoPrivacyStore(client, table, clock), audit(), clock);
    }

    public GroupAdmin groupAdmin() {
        return new GroupAdmin(groups(), memberships(), applicants(), audit(), this::meetingsOf, clock);
    }

    /** A group's meetings from five years back to two years ahead, for the group's admin view. */
    private List<Map<String, Object>> meetingsOf(String groupId) {
        LocalDate today = nl.intervisie.network.Calendar.today(clock);
        return new DynamoAttendanceStore(client, table, groups(), memberships())
                .meetings(groupId, today.minusYears(5), today.plusYears(2)).stream()
                .map(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("date", m.date().toString());
                    row.put("start", m.start().toString());
                    row.put("end", m.end().toString());
                    row.put("method", m.method());
                    row.put("present", m.present());
                    row.put("excused", m.excused());
                    row.put("absent", m.absent());
                    return row;
                }).toList();
    }

    public PlanStore plans() {
        return new DynamoPlanStore(client, table);
    }

    /** Planned meetings with their group and members: placement mails, reminders and the calendar feed read them. */
    public UpcomingMeetings upcomingMeetings() {
        return new UpcomingMeetings(plans(), groups(), memberships());
    }

    /** Personal calendar feed addresses, signed with the network's link key. */
    public CalendarLinks calendarLinks() {
        return new CalendarLinks(new SignedLinks(LinkKey.standard(), clock), Config.get("SITE_URL", ""));
    }

    /** The mails of a placement: the person (dates, calendar feed, self-service link) and the group's facilitator. */
    public PlacementMails placementMails() {
        return new PlacementMails(mailer(), upcomingMeetings(), calendarLinks(), applicantLinks(), clock, MailContact.standard());
    }

    public PlanningApi planningApi() {
        return new PlanningApi(new MeetingPlanner(plans(), groups(), groupAccess(), clock),
                new CalendarFeeds(calendarLinks(), applicants(), memberships(), groups(), plans(), clock), audit());
    }

    public HandPlacement handPlacement() {
        return new HandPlacement(groups(), memberships(), applicants(), audit(), AttendanceRules.fromConfig(), clock,
                placementMails());
    }

    public MemberLeave memberLeave() {
        return new MemberLeave(memberships(), applicants(), groups(), audit(), AttendanceRules.fromConfig(), clock);
    }
}
