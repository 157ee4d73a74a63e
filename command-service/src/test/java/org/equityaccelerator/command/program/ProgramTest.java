package org.equityaccelerator.command.program;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.events.ProgramRegistered;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.equityaccelerator.command.rules.Refusals.invalid;

class ProgramTest {
    static final LocalDate SEPT = LocalDate.of(2021, 9, 1);

    final AggregateTestFixture<Program> fixture = new AggregateTestFixture<>(Program.class);

    static RegisterProgramCommand register(List<String> roles, List<String> stages) {
        return new RegisterProgramCommand("sni", "SNI Racial Equity CoP", "SNI", List.of("racial_equity"),
                List.of("PUBLIC_HEALTH_CARE_SYSTEM"), SEPT, null, null, roles, stages);
    }

    @Test
    void aProgramDeclaresItsRoleCatalogueAndProcessChangeStages() {
        fixture.givenNoPriorActivity()
                .when(register(List.of("EXECUTIVE_SPONSOR", "TEAM_LEAD"), List.of("PILOT", "SPREAD")))
                .expectEvents(new ProgramRegistered("sni", "SNI Racial Equity CoP", "SNI", List.of("racial_equity"),
                        List.of("PUBLIC_HEALTH_CARE_SYSTEM"), SEPT, null, null, List.of("EXECUTIVE_SPONSOR",
                        "TEAM_LEAD"), List.of("PILOT", "SPREAD")));
    }

    @Test
    void aCatalogueNamingAnEntryTwiceIsRefusedAsInvalidInput() {
        fixture.givenNoPriorActivity().when(register(List.of("TEAM_LEAD", "TEAM_LEAD"), null))
                .expectException(invalid("roles")).expectNoEvents();
        fixture.givenNoPriorActivity().when(register(null, List.of("PILOT", "SPREAD", "PILOT")))
                .expectException(invalid("processChangeStages")).expectNoEvents();
    }
}
