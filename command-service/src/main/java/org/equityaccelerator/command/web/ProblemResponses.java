package org.equityaccelerator.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.equityaccelerator.command.rules.InvalidInput;
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
import org.springframework.web.context.request.ServletWebRequest;
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
 * 400 malformed input (also input the aggregate finds invalid against its configuration, e.g. an undeclared group),
 * 404 unknown target, 409 a business invariant or a duplicate. An expected refusal is logged as one line without a
 * stack trace; input echoed in that line and in the detail is cut short ({@link Echo}).
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
        return refused(problem, request);
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
        return refused(problem, request);
    }

    @ExceptionHandler(CommandSender.InvalidHeader.class)
    ResponseEntity<Object> invalidHeader(CommandSender.InvalidHeader ex, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "header " + ex.header() + " " + ex.getMessage());
        return refused(withField(problem, ex.header()), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> badParameter(IllegalArgumentException ex, WebRequest request) {
        return refused(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", ex.getMessage()), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> commandFailed(Exception ex, WebRequest request) {
        ProblemDetail expected = expectedRefusal(ex);
        if (expected != null) {
            return refused(expected, request);
        }
        if (DatabaseOutage.explains(ex)) {
            log.warn("command refused, database unavailable: {}", DatabaseOutage.rootMessage(ex));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                            "the event store cannot be reached; the command was not recorded, retry later"));
        }
        log.error("command failed unexpectedly", ex);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal error", "the command could not be handled; nothing was recorded"));
    }

    /** Axon may hand back the handler's exception as it is or wrapped: look through the causes. */
    private static ProblemDetail expectedRefusal(Exception ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) {
                return withField(problem(HttpStatus.CONFLICT, "rule-violated", "Business rule violated",
                        v.getMessage()), v.field());
            }
            if (t instanceof InvalidInput i) {
                return withField(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", i.getMessage()),
                        i.field());
            }
            if (t instanceof UnknownTarget u) {
                return withField(problem(HttpStatus.NOT_FOUND, "unknown-target", "Not found", u.getMessage()),
                        u.field());
            }
            if (t instanceof AggregateNotFoundException notFound) {
                return problem(HttpStatus.NOT_FOUND, "unknown-target", "Not found",
                        "no such program, cohort or participant: " + Echo.of(notFound.getAggregateIdentifier()));
            }
            if (t instanceof AggregateStreamCreationException) {
                return withField(problem(HttpStatus.CONFLICT, "already-exists", "Already exists",
                        "it already exists (the id is taken)"), "id");
            }
            if (t instanceof ConcurrencyException) {
                return problem(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change",
                        "the target was changed concurrently; retry");
            }
        }
        return null;
    }

    /** Refusals Spring MVC answers itself (unknown path, wrong method or media type): same one line, same cut. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setDetail(Echo.within(problem.getDetail()));
            logRefusal(problem, request);
        }
        return response;
    }

    private static ResponseEntity<Object> refused(ProblemDetail problem, WebRequest request) {
        logRefusal(problem, request);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * One line per refused request: it is the caller's mistake, not the service's, so no stack trace. The problem's
     * instance (otherwise the full request path) is cut the same way.
     */
    private static void logRefusal(ProblemDetail problem, WebRequest request) {
        String method = "";
        String path = request.getDescription(false);
        if (request instanceof ServletWebRequest servlet) {
            method = servlet.getRequest().getMethod() + " ";
            path = Echo.within(servlet.getRequest().getRequestURI());
            problem.setInstance(URI.create(path));
        }
        log.info("refused {} {}{}: {}", problem.getStatus(), method, Echo.within(path), problem.getDetail());
    }

    private static ProblemDetail withField(ProblemDetail problem, String field) {
        problem.setProperty("errors", List.of(Map.of("field", field, "message", problem.getDetail())));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Echo.within(detail));
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
