package nl.intervisie.mail;

/**
 * One plain-text e-mail. Never logged: it holds personal data. The Reply-To is not part of it: every mailer sets
 * the network's contact address ({@link ContactAddress}) on every mail it sends.
 */
public record Mail(String to, String subject, String text) {
}
