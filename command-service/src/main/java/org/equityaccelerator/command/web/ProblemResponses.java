package org.equityaccelerator.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.command.rules.UnknownTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every rejected command answers RFC 9457 problem+json naming the offending field, and appends nothing:
 * 400 malformed input, 404 unknown target, 409 a business invariant or a duplicate.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPES = "https://equityaccelerator.org/problems/";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        String fields = errors.stream().map(e -> e.get("field")).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "invalid field(s): " + fields);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = fieldOf(ex);
        String detail = field == null
                ? "the request body is not valid JSON for this command"
                : "field '" + field + "' has a value of the wrong type or format";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", detail);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "wrong type or format")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(CommandSender.InvalidHeader.class)
    ResponseEntity<ProblemDetail> invalidHeader(CommandSender.InvalidHeader ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "header " + ex.header() + " " + ex.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", ex.header(), "message", ex.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badParameter(IllegalArgumentException ex) {
        return withField(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", ex.getMessage()), null);
    }

    /** Axon may hand back the handler's exception as it is or wrapped: look through the causes. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> commandFailed(Exception ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) {
                return withField(problem(HttpStatus.CONFLICT, "rule-violated", "Business rule violated",
                        v.getMessage()), v.field());
            }
            if (t instanceof UnknownTarget u) {
                return withField(problem(HttpStatus.NOT_FOUND, "unknown-target", "Not found", u.getMessage()),
                        u.field());
            }
            if (t instanceof AggregateNotFoundException) {
                return withField(problem(HttpStatus.NOT_FOUND, "unknown-target", "Not found",
                        "no such program, cohort or participant: " + ((AggregateNotFoundException) t).getAggregateIdentifier()),
                        null);
            }
            if (t instanceof AggregateStreamCreationException) {
                return withField(problem(HttpStatus.CONFLICT, "already-exists", "Already exists",
                        "it already exists (the id is taken)"), "id");
            }
            if (t instanceof ConcurrencyException) {
                return withField(problem(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change",
                        "the target was changed concurrently; retry"), null);
            }
        }
        log.error("command failed unexpectedly", ex);
        return withField(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the command could not be handled; nothing was recorded"), null);
    }

    private static ResponseEntity<ProblemDetail> withField(ProblemDetail problem, String field) {
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", problem.getDetail())));
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    /** The JSON path of the value Jackson could not read, e.g. "occurredOn" or "successCriteria[0]". */
    private static String fieldOf(HttpMessageNotReadableException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException je && !je.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : je.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return null;
    }
}
