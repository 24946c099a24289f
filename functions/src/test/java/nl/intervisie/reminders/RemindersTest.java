package nl.intervisie.reminders;

import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipItems;
import nl.intervisie.links.SignedLinks;
import nl.intervisie.mail.DynamoMailQuota;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.MailContact;
import nl.intervisie.mail.Mailer;
import nl.intervisie.planning.CalendarLinks;
import nl.intervisie.planning.DynamoPlanStore;
import nl.intervisie.planning.PlannedMeeting;
import nl.intervisie.planning.UpcomingMeetings;
import nl.intervisie.signup.ApplicantLinks;
import nl.intervisie.store.Keys;
import nl.intervisie.testing.MovableClock;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders on DynamoDB Local with a fixed clock: planned meetings, members who stay, leave, are erased or never
 * confirmed, a cancelled meeting; runs on the day, again, in parallel, the next day; every mail read.
 */
class RemindersTest {
    /** Monday 1 March 2027, 07:00 in Amsterdam: the schedule's hour. Seven days later: Monday 8 March. */
    private static final Instant RUN = Instant.parse("2027-03-01T06:00:00Z");
    private static final LocalDate IN_SEVEN_DAYS = LocalDate.parse("2027-03-08");
    private static final String SITE = "https://intervisie.example";
    private static final byte[] KEY = "a-test-key-of-at-least-thirty-two-characters".getBytes(StandardCharsets.UTF_8);

    private final String table = TestDynamo.freshTable();
    private final MovableClock clock = new MovableClock(RUN);
    private final List<Mail> mails = Collections.synchronizedList(new ArrayList<>());
    private final DynamoPlanStore plans = new DynamoPlanStore(TestDynamo.client(), table);
    private final ApplicantLinks links = new ApplicantLinks(new SignedLinks(() -> KEY, clock), SITE);

    private Reminders reminders(Mailer mailer) {
        var groups = new DynamoGroupStore(TestDynamo.client(), table);
        var members = new DynamoMembershipStore(TestDynamo.client(), table);
        return new Reminders(new UpcomingMeetings(plans, groups, members),
                new DynamoApplicantStore(TestDynamo.client(), table, clock),
                new DynamoReminderMarks(TestDynamo.client(), table, clock),
                new DynamoMailQuota(TestDynamo.client(), table, clock, 3), mailer,
                new ReminderText(links, new CalendarLinks(new SignedLinks(() -> KEY, clock), SITE), new MailContact(true, SITE)),
                clock, 7);
    }

    private Map<Reminders.Outcome, Integer> run() {
        return reminders(mails::add).run();
    }

    /** Two groups with their members (some not to be mailed) and meetings in and out of the reminder window. */
    private void plan() {
        group(new Group("utrecht-1", "Utrecht 1", "Midden", "Utrecht", "Stadskantoor", "monday", "afternoon",
                "4x per jaar", "nl", "in-person", "Anne", "anne@begeleiders.example", "anne", 9, 52.09, 5.12, "open"));
        group(new Group("online-en", "Online EN", "Online", "", "", "monday", "morning", "4x a year", "en", "online",
                "Sam", "", "sam", 9, 0, 0, "open"));
        person("a1", "Zoë Eliëns", "nl", ApplicantStatus.PLACED);
        person("a2", "Bram de Vries", "nl", ApplicantStatus.PLACED);
        person("a3", "Carla Dijk", "nl", ApplicantStatus.LEFT);      // left last month
        person("a6", "Ulla Onbevestigd", "nl", ApplicantStatus.UNCONFIRMED); // never confirmed (cannot be a member)
        person("a5", "Erin Abroad", "en", ApplicantStatus.PLACED);
        member("utrecht-1", "a1", null);
        member("utrecht-1", "a2", null);
        member("utrecht-1", "a3", "2027-02-15");
        member("utrecht-1", "a4", null); // a4 was erased: the applicant is gone (a membership left over must not mail)
        member("utrecht-1", "a6", null);
        member("online-en", "a5", null);
        meeting("utrecht-1", "m1", IN_SEVEN_DAYS, "13:30", "16:30", "Stadskantoor, kamer 4.12, Utrecht", "");
        meeting("utrecht-1", "m2", IN_SEVEN_DAYS.plusDays(1), "13:30", "16:30", "", ""); // eight days: not yet
        meeting("online-en", "m4", IN_SEVEN_DAYS, "10:00", "12:00", "", "https://meet.example/abc-def");
        PlannedMeeting cancelled = meeting("online-en", "m3", LocalDate.parse("2027-03-05"), "10:00", "12:00", "",
                "https://meet.example/x");
        assertTrue(plans.replace(cancelled.changed(cancelled.date(), cancelled.start(), cancelled.end(), "",
                cancelled.link(), true, RUN), 1));
    }

    @Test
    void onTheDayEveryMemberGetsOneReminderWithTheMeetingAndTheLinks() {
        plan();
        Map<Reminders.Outcome, Integer> first = run();

        assertEquals(List.of("a1@example.org", "a2@example.org", "a5@example.org"),
                mails.stream().map(Mail::to).sorted().toList(), "members on the day: not who left, was erased, is unconfirmed");
        assertEquals(3, first.get(Reminders.Outcome.SENT));
        assertEquals(2, first.get(Reminders.Outcome.NOT_MAILED), "a4 erased, a6 unconfirmed (a3 left: no member on the date)");

        Mail zoe = to("a1");
        System.out.println("RemindersTest: reminder mail\n" + zoe.subject() + "\n\n" + zoe.text());
        assertEquals("Herinnering: intervisie Utrecht 1 op maandag 8 maart", zoe.subject());
        assertTrue(zoe.text().startsWith("Beste Zoë Eliëns,\n\nJe intervisiegroep Utrecht 1 komt binnenkort bijeen:"), zoe.text());
        assertTrue(zoe.text().contains("Datum:        maandag 8 maart 2027\nTijd:         13:30–16:30\n"), zoe.text());
        assertTrue(zoe.text().contains("Plaats:       Stadskantoor, kamer 4.12, Utrecht\nBegeleider:   Anne\n"), zoe.text());
        assertFalse(zoe.text().contains("Online:"), zoe.text());
        assertTrue(zoe.text().contains("Kun je niet komen? Meld je dan zo snel mogelijk af bij je begeleider Anne "
                + "(anne@begeleiders.example). Een afmelding"), zoe.text());
        assertTrue(zoe.text().contains("\nVragen? Beantwoord deze e-mail"), zoe.text());
        assertEquals("a1", selfServiceSubject(zoe), "the self-service link is Zoë's own");
        Matcher feed = Pattern.compile(Pattern.quote(SITE) + "/api/calendar/(\\S+)").matcher(zoe.text());
        assertTrue(feed.find(), zoe.text());
        assertEquals(java.util.Optional.of("a1"), new CalendarLinks(new SignedLinks(() -> KEY, clock), SITE)
                .check(feed.group(1)).applicantId(), "her own calendar feed");
        assertFalse(zoe.text().contains("Bram") || zoe.text().contains("a2@"), "nothing about other members");

        Mail erin = to("a5");
        System.out.println("RemindersTest: reminder mail\n" + erin.subject() + "\n\n" + erin.text());
        assertEquals("Reminder: intervision Online EN on Monday 8 March", erin.subject());
        assertTrue(erin.text().contains("Date:         Monday 8 March 2027\nTime:         10:00–12:00\n"
                + "Online:       https://meet.example/abc-def\nFacilitator:  Sam\n"), erin.text());
        assertFalse(erin.text().contains("Place:"), "an online meeting has no place");
        assertTrue(erin.text().contains("Cannot come? Please let your facilitator Sam know as soon as possible. Telling us"), erin.text());
        assertTrue(erin.text().contains("?lang=en"), erin.text());
        assertEquals("a5", selfServiceSubject(erin));

        // The markers: one per person and meeting, ids only, in the person index, gone two days after the meeting.
        List<Map<String, AttributeValue>> markers = items("REMINDER");
        assertEquals(3, markers.size());
        for (var m : markers) {
            assertEquals(ApplicantItems.personIndex(m.get("applicantId").s()), m.get(Keys.GSI1_PK));
            assertEquals(LocalDate.parse("2027-03-10").atStartOfDay(nl.intervisie.network.Calendar.ZONE).toEpochSecond(),
                    Long.parseLong(m.get(Keys.TTL).n()));
            assertFalse(m.toString().contains("@") || m.toString().contains("Zoë"), "no address or name: " + m);
        }
    }

    @Test
    void aSecondRunTheSameDayAndParallelRunsSendNothingTwice() throws Exception {
        plan();
        List<Map<Reminders.Outcome, Integer>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Map<Reminders.Outcome, Integer>>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(this::run); // the schedule firing six times at once
            }
            for (Future<Map<Reminders.Outcome, Integer>> f : pool.invokeAll(runs)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(3, mails.size(), "three reminders in all: " + mails.stream().map(Mail::to).toList());
        assertEquals(3, mails.stream().map(Mail::to).distinct().count());
        assertEquals(3, results.stream().mapToInt(r -> r.get(Reminders.Outcome.SENT)).sum());
        assertEquals(15, results.stream().mapToInt(r -> r.get(Reminders.Outcome.ALREADY_SENT)).sum());

        clock.advance(Duration.ofHours(10)); // the same day, later
        Map<Reminders.Outcome, Integer> again = run();
        assertEquals(0, again.get(Reminders.Outcome.SENT));
        assertEquals(3, again.get(Reminders.Outcome.ALREADY_SENT));
        assertEquals(3, mails.size());
    }

    @Test
    void theDayAfterOnlyTheNextMeetingIsDueAndADayEarlierNothing() {
        plan();
        clock.advance(Duration.ofDays(-1)); // eight days before the 8th: nothing is due yet
        assertEquals(0, run().get(Reminders.Outcome.SENT));
        assertEquals(List.of(), mails);

        clock.advance(Duration.ofDays(1));
        run();
        assertEquals(3, mails.size());
        mails.clear();

        clock.advance(Duration.ofDays(1)); // Tuesday 2 March: m1 is reminded already, m2 (9 March) is due now
        Map<Reminders.Outcome, Integer> next = run();
        assertEquals(List.of("a1@example.org", "a2@example.org"), mails.stream().map(Mail::to).sorted().toList());
        assertTrue(mails.stream().allMatch(m -> m.subject().equals("Herinnering: intervisie Utrecht 1 op dinsdag 9 maart")),
                mails.get(0).subject());
        assertTrue(to("a1").text().contains("Plaats:       Stadskantoor, Utrecht\n"), "the group's venue when the plan names none: "
                + to("a1").text());
        assertEquals(3, next.get(Reminders.Outcome.ALREADY_SENT), "m1's three, not again");
    }

    @Test
    void aMovedMeetingIsRemindedForItsNewDateAndACancelledOneNotAtAll() {
        plan();
        run();
        mails.clear();
        PlannedMeeting m1 = plans.get("utrecht-1", "m1").orElseThrow();
        assertTrue(plans.replace(m1.changed(IN_SEVEN_DAYS.minusDays(1), m1.start(), m1.end(), m1.place(), "", false, RUN), 1));
        PlannedMeeting m4 = plans.get("online-en", "m4").orElseThrow();
        assertTrue(plans.replace(m4.changed(m4.date(), m4.start(), m4.end(), "", m4.link(), true, RUN), 1));
        run();
        assertEquals(List.of("a1@example.org", "a2@example.org"), mails.stream().map(Mail::to).sorted().toList());
        assertTrue(to("a1").text().contains("Datum:        zondag 7 maart 2027"), to("a1").text());
    }

    @Test
    void aFailedOrCappedMailIsTriedAgainAtTheNextRun() {
        plan();
        var quota = new DynamoMailQuota(TestDynamo.client(), table, clock, 3);
        for (int i = 0; i < 3; i++) {
            assertTrue(quota.take("a1@example.org")); // three sign-up mails to Zoë's address today
        }
        Map<Reminders.Outcome, Integer> first = reminders(mail -> {
            if (mail.to().startsWith("a2@")) {
                throw new IllegalStateException("SES said no");
            }
            mails.add(mail);
        }).run();
        assertEquals(1, first.get(Reminders.Outcome.CAPPED));
        assertEquals(1, first.get(Reminders.Outcome.FAILED));
        assertEquals(List.of("a5@example.org"), mails.stream().map(Mail::to).toList());
        assertEquals(1, items("REMINDER").size(), "the capped and the failed marker are given back");

        clock.advance(Duration.ofDays(1));
        mails.clear();
        run();
        assertTrue(mails.stream().map(Mail::to).toList().containsAll(List.of("a1@example.org", "a2@example.org")),
                mails.stream().map(Mail::to).toList().toString());
        assertEquals(2, mails.stream().filter(m -> m.subject().contains("8 maart")).count());
    }

    // ------------------------------------------------------------------ set-up and reading

    private Mail to(String id) {
        return mails.stream().filter(m -> m.to().equals(id + "@example.org")).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + id));
    }

    private String selfServiceSubject(Mail mail) {
        Matcher m = Pattern.compile(Pattern.quote(SITE) + "/api/me/([A-Za-z0-9._-]+)\\?lang=(nl|en)").matcher(mail.text());
        assertTrue(m.find(), "a self-service link in: " + mail.text());
        SignedLinks.Checked checked = links.checkSelf(m.group(1));
        assertTrue(checked.valid());
        return checked.subject();
    }

    private void group(Group g) {
        assertTrue(new DynamoGroupStore(TestDynamo.client(), table).create(g));
    }

    private void person(String id, String name, String language, ApplicantStatus status) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Applicant a = ApplicantBuilder.applicant(id).name(name).organisation("Ministerie " + id).mode("in-person")
                .place("Utrecht").language(language).status(status).createdAt(at).build();
        TestDynamo.client().putItem(b -> b.tableName(table).item(ApplicantItems.toItem(a, null)));
    }

    private void member(String groupId, String applicantId, String leftOn) {
        Membership m = new Membership(groupId, applicantId, LocalDate.parse("2026-06-01"),
                leftOn == null ? null : LocalDate.parse(leftOn));
        TestDynamo.client().putItem(b -> b.tableName(table).item(MembershipItems.toItem(m)));
    }

    private PlannedMeeting meeting(String groupId, String id, LocalDate date, String start, String end, String place,
                                   String link) {
        PlannedMeeting m = new PlannedMeeting(groupId, id, date, LocalTime.parse(start), LocalTime.parse(end), place,
                link, false, 1, RUN);
        assertTrue(plans.create(groupId, List.of(m)));
        return m;
    }

    private List<Map<String, AttributeValue>> items(String type) {
        return TestDynamo.client().scan(b -> b.tableName(table)).items().stream()
                .filter(i -> i.containsKey("type") && type.equals(i.get("type").s())).toList();
    }
}
