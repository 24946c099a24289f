package nl.intervisie.applicants;

import nl.intervisie.places.Place;
import nl.intervisie.places.Places;

import java.time.Instant;
import java.util.List;

/**
 * Test data: an applicant with plausible defaults, so a test names only what it is about and a new field of
 * {@link Applicant} is added here, not in every test. {@code ApplicantBuilder.applicant("a1").status(PLACED)
 * .groupId("g1").build()}. The functions and local tests share it (the functions module's test jar).
 */
public final class ApplicantBuilder {
    /** Every builder starts at this moment, unless told otherwise. */
    public static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");

    private String id;
    private String reference;
    private String name;
    private String email;
    private String organisation;
    private String role = "vertrouwenspersoon";
    private boolean basicTraining = true;
    private boolean appointed = true;
    private String mode = "either";
    private String place = "";
    private String region = "Midden";
    private Place location;
    private String language = "nl";
    private List<String> availability = List.of("any");
    private String availabilityNote = "";
    private List<String> avoid = List.of();
    private String remarks = "";
    private ApplicantStatus status = ApplicantStatus.WAITING;
    private Instant createdAt = CREATED;
    private Instant updatedAt = CREATED;
    private long version = 1;
    private String groupId;

    private ApplicantBuilder(String id) {
        this.id = id;
        this.reference = "IV-" + id;
        this.name = "Deelnemer " + id;
        this.email = id + "@example.org";
        this.organisation = "Organisatie " + id;
    }

    /** A waiting, eligible applicant "Deelnemer {id}" of "Organisatie {id}", either mode, any slot, no place. */
    public static ApplicantBuilder applicant(String id) {
        return new ApplicantBuilder(id);
    }

    /** A copy of a stored applicant, to change some fields. */
    public static ApplicantBuilder from(Applicant a) {
        ApplicantBuilder b = new ApplicantBuilder(a.id());
        b.reference = a.reference();
        b.name = a.name();
        b.email = a.email();
        b.organisation = a.organisation();
        b.role = a.role();
        b.basicTraining = a.basicTrainingCompleted();
        b.appointed = a.formallyAppointed();
        b.mode = a.mode();
        b.place = a.place();
        b.region = a.region();
        b.location = a.location();
        b.language = a.language();
        b.availability = a.availability();
        b.availabilityNote = a.availabilityNote();
        b.avoid = a.avoid();
        b.remarks = a.remarks();
        b.status = a.status();
        b.createdAt = a.createdAt();
        b.updatedAt = a.updatedAt();
        b.version = a.version();
        b.groupId = a.groupId();
        return b;
    }

    public ApplicantBuilder reference(String v) { reference = v; return this; }
    public ApplicantBuilder name(String v) { name = v; return this; }
    public ApplicantBuilder email(String v) { email = v; return this; }
    public ApplicantBuilder organisation(String v) { organisation = v; return this; }
    public ApplicantBuilder role(String v) { role = v; return this; }
    public ApplicantBuilder basicTraining(boolean v) { basicTraining = v; return this; }
    public ApplicantBuilder appointed(boolean v) { appointed = v; return this; }
    public ApplicantBuilder mode(String v) { mode = v; return this; }
    /** The free text of an older sign-up ("3511 AB", "Utrecht"). */
    public ApplicantBuilder place(String v) { place = v; return this; }
    public ApplicantBuilder region(String v) { region = v; return this; }
    public ApplicantBuilder location(Place v) { location = v; return this; }
    /** The municipality of the packaged list by name, with its point. */
    public ApplicantBuilder municipality(String v) { location = Places.netherlands().byMunicipality(v).orElseThrow(); return this; }
    public ApplicantBuilder language(String v) { language = v; return this; }
    public ApplicantBuilder availability(String... slots) { availability = List.of(slots); return this; }
    public ApplicantBuilder availabilityNote(String v) { availabilityNote = v; return this; }
    public ApplicantBuilder avoid(List<String> v) { avoid = v; return this; }
    public ApplicantBuilder remarks(String v) { remarks = v; return this; }
    public ApplicantBuilder status(ApplicantStatus v) { status = v; return this; }
    /** When the application was made (and last changed). */
    public ApplicantBuilder createdAt(Instant v) { createdAt = v; updatedAt = v; return this; }
    public ApplicantBuilder updatedAt(Instant v) { updatedAt = v; return this; }
    public ApplicantBuilder version(long v) { version = v; return this; }
    public ApplicantBuilder groupId(String v) { groupId = v; return this; }

    public Applicant build() {
        return new Applicant(id, reference, name, email, organisation, role, basicTraining, appointed, mode, place,
                region, location, language, availability, availabilityNote, avoid, remarks, status, createdAt,
                updatedAt, version, groupId);
    }
}
