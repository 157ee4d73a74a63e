package org.equityaccelerator.command.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.recommendation.RecommendationCommands.DraftRecommendationCommand;
import org.equityaccelerator.command.recommendation.RecommendationCommands.EndorseRecommendationCommand;
import org.equityaccelerator.command.recommendation.RecommendationCommands.PublishRecommendationCommand;
import org.equityaccelerator.command.web.CommandSender;
import org.equityaccelerator.command.web.Created;
import org.equityaccelerator.command.web.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@Tag(name = "Regional recommendations")
class RecommendationController {
    private final CommandSender commands;

    RecommendationController(CommandSender commands) {
        this.commands = commands;
    }

    record DraftRequest(@Pattern(regexp = Ids.PATTERN) String recommendationId,
                        @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 200) String policyArea,
                        @NotBlank @Size(max = 10000) String text, @Min(1) @Max(1000) Integer endorsementsRequired,
                        @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record EndorsementRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String orgId,
                              @NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String role,
                              @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record PublicationRequest(@NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/cohorts/{cohortId}/recommendations")
    @Operation(summary = "Draft a regional recommendation; endorsementsRequired defaults to a simple majority of the "
            + "participants enrolled now")
    ResponseEntity<Created> draft(@PathVariable String cohortId, @Valid @RequestBody DraftRequest request) {
        String id = Ids.orNew(request.recommendationId());
        commands.send(new DraftRecommendationCommand(id, cohortId, request.title(), request.policyArea(),
                request.text(), request.endorsementsRequired(), request.occurredOn()));
        return Created.at("/recommendations/" + id, id);
    }

    @PostMapping("/recommendations/{recommendationId}/endorsements")
    @Operation(summary = "Endorse a draft recommendation on behalf of an active participant (once per participant)")
    ResponseEntity<Created> endorse(@PathVariable String recommendationId,
                                    @Valid @RequestBody EndorsementRequest request) {
        commands.send(new EndorseRecommendationCommand(recommendationId, request.orgId(), request.role(),
                request.occurredOn()));
        return Created.at("/recommendations/" + recommendationId, recommendationId);
    }

    @PostMapping("/recommendations/{recommendationId}/publication")
    @Operation(summary = "Publish a recommendation that has the endorsements it needs")
    ResponseEntity<Created> publish(@PathVariable String recommendationId,
                                    @Valid @RequestBody PublicationRequest request) {
        commands.send(new PublishRecommendationCommand(recommendationId, request.occurredOn()));
        return Created.at("/recommendations/" + recommendationId, recommendationId);
    }
}
