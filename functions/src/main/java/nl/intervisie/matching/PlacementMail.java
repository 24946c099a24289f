package nl.intervisie.matching;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.groups.Group;
import nl.intervisie.mail.Mail;

/** The e-mail a placed applicant receives, in their language. */
final class PlacementMail {
    private PlacementMail() {
    }

    static Mail of(Applicant a, Group g) {
        String where = g.online() ? "online" : g.city();
        if ("en".equals(a.language())) {
            return new Mail(a.email(), "You have a place in an intervision group", """
                    Dear %s,

                    You have a place in the intervision group %s (%s, %s, %s).
                    Your facilitator, %s, will contact you about the first meeting.
                    Please quote your reference %s in any reply.

                    Kind regards,
                    The intervision coordinators
                    """.formatted(a.name(), g.name(), where, g.day(), g.frequency(), g.facilitator(), a.reference()));
        }
        return new Mail(a.email(), "Je bent geplaatst in een intervisiegroep", """
                Beste %s,

                Je bent geplaatst in de intervisiegroep %s (%s, %s, %s).
                Je begeleider, %s, neemt contact met je op over de eerste bijeenkomst.
                Vermeld bij een antwoord je referentie %s.

                Met vriendelijke groet,
                De coördinatoren intervisie
                """.formatted(a.name(), g.name(), where, g.day(), g.frequency(), g.facilitator(), a.reference()));
    }
}
