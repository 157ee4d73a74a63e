package org.equityaccelerator.query.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.equityaccelerator.query.projection.ProjectionStore;
import org.equityaccelerator.query.web.Page;
import org.equityaccelerator.query.web.ViewNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Participant progress (per jurisdiction)")
class ParticipantProgressController {
    private final ProjectionStore store;

    ParticipantProgressController(ProjectionStore store) {
        this.store = store;
    }

    @GetMapping("/participants/{participantId}/progress")
    @Operation(summary = "Progress view of one participant: team, goals, assessments, process changes")
    ParticipantProgress progress(@PathVariable String participantId) {
        return store.participant(participantId)
                .orElseThrow(() -> new ViewNotFound("no progress view for participant '" + participantId + "'"));
    }

    @GetMapping("/cohorts/{cohortId}/participants")
    @Operation(summary = "Progress views of a cohort's participants, by org id, paged")
    Page<ParticipantProgress> ofCohort(@PathVariable String cohortId,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        return new Page<>(store.participantsOf(cohortId, page * size, size), page, size,
                store.participantCount(cohortId));
    }
}
