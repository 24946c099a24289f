package nl.intervisie.reminders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import nl.intervisie.wiring.Wiring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scheduled reminder function: EventBridge Scheduler invokes it daily (template.yaml, ReminderFunction); the
 * event's content does not matter, the run looks at the clock. Locally `local/remind` runs the same class (through
 * the local server's /dev/remind, with a clock of your choice). Answers the counts of the run.
 */
public final class ReminderHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final Reminders reminders;

    public ReminderHandler() {
        this(Wiring.standard().reminders());
    }

    public ReminderHandler(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Map<String, Object> counts = new LinkedHashMap<>();
        reminders.run().forEach((outcome, n) -> counts.put(outcome.name().toLowerCase(java.util.Locale.ROOT), n));
        return counts;
    }
}
