package nl.intervisie.matching;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.groups.Group;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.MailTemplates;

import java.util.HashMap;
import java.util.Map;

/** The e-mail a placed applicant receives, in their language (text: templates/mail/{nl,en}/placement.ftl). */
final class PlacementMail {
    private PlacementMail() {
    }

    static Mail of(Applicant a, Group g) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", a.name());
        model.put("group", g.name());
        model.put("where", g.online() ? "online" : String.valueOf(g.city()));
        model.put("day", String.valueOf(g.day()));
        model.put("frequency", String.valueOf(g.frequency()));
        model.put("facilitator", String.valueOf(g.facilitator()));
        model.put("reference", a.reference());
        return MailTemplates.render("placement", Language.of(a.language()), model).to(a.email());
    }
}
