package org.equityaccelerator.query.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/**
 * Refused reads answer RFC 9457 problem+json and are logged as one line without a stack trace; echoed input (ids in
 * the path, parameter values) is cut short in both ({@link Echo}).
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(ViewNotFound.class)
    ProblemDetail notFound(ViewNotFound ex, HttpServletRequest request) {
        return refused(problem(HttpStatus.NOT_FOUND, "unknown-view", "Not found", ex.getMessage()), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badParameter(IllegalArgumentException ex, HttpServletRequest request) {
        return refused(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", ex.getMessage()), request);
    }

    /** Refusals Spring MVC answers itself (unknown path, unreadable parameter): same one line, same cut. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && request instanceof ServletWebRequest servlet) {
            problem.setDetail(Echo.within(problem.getDetail()));
            refused(problem, servlet.getRequest());
        }
        return response;
    }

    /** The problem's instance (otherwise the full request path) is cut like the detail. */
    private static ProblemDetail refused(ProblemDetail problem, HttpServletRequest request) {
        String path = Echo.within(request.getRequestURI());
        problem.setInstance(URI.create(path));
        log.info("refused {} {} {}: {}", problem.getStatus(), request.getMethod(), path, problem.getDetail());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Echo.within(detail));
        problem.setType(URI.create("https://equityaccelerator.org/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
