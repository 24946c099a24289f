package nl.intervisie.mail;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Mail kept in memory instead of sent: what the local server uses (MAIL_OUTBOX=memory) and shows at /dev/outbox.
 * Keeps the newest {@value #CAPACITY} messages so a long local session cannot fill the heap.
 */
public final class Outbox implements Mailer {
    static final int CAPACITY = 500;
    private static final Outbox SHARED = new Outbox();

    private final Deque<Sent> messages = new ArrayDeque<>();

    /** One message and when it was "sent". */
    public record Sent(Instant at, Mail mail) {
    }

    /** The one outbox of this process (the local server and the handlers it runs share it). */
    public static Outbox shared() {
        return SHARED;
    }

    @Override
    public synchronized void send(Mail mail) {
        messages.addFirst(new Sent(Instant.now(), mail));
        while (messages.size() > CAPACITY) {
            messages.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<Sent> messages() {
        return List.copyOf(messages);
    }
}
