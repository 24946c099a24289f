package nl.intervisie.mail;

/** One plain-text e-mail. Never logged: it holds personal data. */
public record Mail(String to, String subject, String text) {
}
