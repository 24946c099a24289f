package nl.intervisie.mail;

/** Sends e-mail: Amazon SES when deployed, a local outbox when run locally. */
public interface Mailer {
    void send(Mail mail);
}
