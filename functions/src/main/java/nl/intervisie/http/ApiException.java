package nl.intervisie.http;

import java.util.List;

/** A request the API refuses with a 4xx: carries the status and the messages a person reads. */
public class ApiException extends RuntimeException {
    private final int status;
    private final List<FieldError> errors;

    public ApiException(int status, List<FieldError> errors) {
        super("HTTP " + status, null, false, false); // no stack trace: this is an answer, not a bug
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public ApiException(int status, String message) {
        this(status, List.of(new FieldError(null, message)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
