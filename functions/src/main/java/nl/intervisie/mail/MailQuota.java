package nl.intervisie.mail;

/** How many mails the public sign-up may still send to one address today (however often the form is posted). */
public interface MailQuota {
    /** Takes one mail from today's allowance of this address: false when none is left (then send nothing). */
    boolean take(String email);
}
