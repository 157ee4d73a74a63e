package org.equityaccelerator.access.web;

import org.equityaccelerator.access.Placement;
import org.equityaccelerator.access.Placements;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.Optional;

/** Finds what a request acts on: from a path variable, a field of the (bounded, cached) body, or a fixed program. */
@FunctionalInterface
public interface Target {
    Optional<Placement> locate(RequestAuthorizationContext request, Placements placements);

    static Target participant(String pathVariable) {
        return (r, p) -> p.participant(r.getVariables().get(pathVariable));
    }

    static Target cohort(String pathVariable) {
        return (r, p) -> p.cohort(r.getVariables().get(pathVariable));
    }

    /** A stream of any kind (recommendation, instrument version...) by the id in the path. */
    static Target aggregate(String pathVariable) {
        return (r, p) -> p.aggregate(r.getVariables().get(pathVariable));
    }

    /** A program named in the body (registering a program, opening a cohort, drafting an instrument). */
    static Target programInBody(String field) {
        return (r, p) -> BoundedBody.field(r.getRequest(), field).map(Placement::program);
    }

    /** A program named in the body, or, when the body names none (it will be generated), the operator's program. */
    static Target programInBodyOr(String operatorProgram) {
        return (r, p) -> Optional.of(Placement.program(BoundedBody.field(r.getRequest(), "programId")
                .orElse(operatorProgram)));
    }

    /** Operations over every program's data (whole-log export, verification, rebuild) belong to the operator's program. */
    static Target program(String programId) {
        return (r, p) -> Optional.of(Placement.program(programId));
    }
}
