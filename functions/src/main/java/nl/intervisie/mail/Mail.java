package nl.intervisie.mail;

/**
 * One plain-text e-mail. Never logged: it holds personal data. The Reply-To is not part of it: every mailer sets
 * the network's contact address ({@link ContactAddress}) on every mail it sends. The address and the subject are
 * one line each (texts come from {@link MailTemplates}, which makes the subject so): nothing can add a header.
 */
public record Mail(String to, String subject, String text) {
    public Mail {
        if (control(to) || control(subject)) {
            throw new IllegalArgumentException("an address or subject of more than one line");
        }
    }

    private static boolean control(String line) {
        return line != null && line.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029);
    }
}
