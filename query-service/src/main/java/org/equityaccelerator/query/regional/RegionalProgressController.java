package org.equityaccelerator.query.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.equityaccelerator.query.projection.ProjectionStore;
import org.equityaccelerator.query.web.ViewNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Regional progress (per cohort)")
class RegionalProgressController {
    private final ProjectionStore store;

    RegionalProgressController(ProjectionStore store) {
        this.store = store;
    }

    @GetMapping("/cohorts/{cohortId}/progress")
    @Operation(summary = "Regional equity progress of a cohort")
    RegionalProgress progress(@PathVariable String cohortId) {
        return store.regional(cohortId)
                .orElseThrow(() -> new ViewNotFound("no regional view for cohort '" + cohortId + "'"));
    }
}
