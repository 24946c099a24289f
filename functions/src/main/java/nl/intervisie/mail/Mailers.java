package nl.intervisie.mail;

import nl.intervisie.store.Config;

/** Picks the mailer for where the code runs. */
public final class Mailers {
    private Mailers() {
    }

    /**
     * The in-memory {@link Outbox} when MAIL_OUTBOX=memory (the local server sets it), otherwise Amazon SES
     * sending from MAIL_FROM. Without MAIL_FROM every send fails, which callers log and survive: a missing
     * setting must not lose an application.
     */
    public static Mailer standard() {
        if ("memory".equals(Config.get("MAIL_OUTBOX", null))) {
            return Outbox.shared();
        }
        String from = Config.get("MAIL_FROM", null);
        if (from == null) {
            return mail -> {
                throw new IllegalStateException("MAIL_FROM is not set");
            };
        }
        return new SesMailer(from);
    }
}
