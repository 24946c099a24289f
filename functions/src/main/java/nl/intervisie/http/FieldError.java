package nl.intervisie.http;

/** One entry of the error body {"errors":[{"field":..,"message":..}]}; field is null for request-level errors. */
public record FieldError(String field, String message) {
}
