package org.equityaccelerator.query.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Projections (rebuild and verify)")
class ProjectionAdminController {
    private final RebuildService rebuild;

    ProjectionAdminController(RebuildService rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/projections/rebuild")
    @Operation(summary = "Rebuild every view from the full log into shadow tables; the live views keep serving")
    ResponseEntity<RebuildService.Status> start() {
        if (!rebuild.start()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "a rebuild is already running");
        }
        return ResponseEntity.accepted().body(rebuild.status());
    }

    @GetMapping("/projections/rebuild")
    @Operation(summary = "Progress (events done / total, rate) and, when complete, live and rebuilt checksums")
    RebuildService.Status status() {
        return rebuild.status();
    }

    @PostMapping("/projections/rebuild/swap")
    @Operation(summary = "Replace the live views with the rebuilt ones")
    RebuildService.Status swap() {
        try {
            rebuild.swap();
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return rebuild.status();
    }
}
