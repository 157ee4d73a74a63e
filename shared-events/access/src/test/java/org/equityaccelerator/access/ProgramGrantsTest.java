package org.equityaccelerator.access;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramGrantsTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-01T00:00:00Z");
    static final Placement LHJ_A = new Placement("pha-rea", "pha-rea-2023", "p-a");
    static final Placement LHJ_B = new Placement("pha-rea", "pha-rea-2023", "p-b");

    @Test
    void aGrantCoversItsScopeAndWhatLiesInsideUntilItIsRevoked() {
        ProgramGrants grants = new ProgramGrants()
                .apply(new RoleGranted("pha-rea", "lhj-a-lead", Role.TEAM_LEAD, "p-a"), T0, "pha-admin-1")
                .apply(new RoleGranted("pha-rea", "facilitator-1", Role.FACILITATOR, "pha-rea-2023"), T0, "pha-admin-1")
                .apply(new RoleRevoked("pha-rea", "lhj-a-lead", Role.TEAM_LEAD, "p-a"), T1, "pha-admin-1");

        assertThat(grants.rolesOver("lhj-a-lead", LHJ_A, T0)).containsExactly(Role.TEAM_LEAD);
        assertThat(grants.rolesOver("lhj-a-lead", LHJ_B, T0)).isEmpty();
        assertThat(grants.rolesOver("lhj-a-lead", LHJ_A, T1)).isEmpty();    // revoked at T1: nothing from T1 on
        assertThat(grants.rolesOver("facilitator-1", LHJ_B, T2)).containsExactly(Role.FACILITATOR);
        assertThat(grants.rolesOver("facilitator-1", Placement.program("pha-rea"), T2)).isEmpty();

        GrantPeriod lead = grants.periods().get(0);
        assertThat(lead.grantedAt()).isEqualTo(T0);
        assertThat(lead.revokedAt()).isEqualTo(T1);
        assertThat(lead.revokedBy()).isEqualTo("pha-admin-1");
        assertThat(grants.inEffectAt(T0)).hasSize(2);
        assertThat(grants.inEffectAt(T1)).extracting(GrantPeriod::subject).containsExactly("facilitator-1");
    }

    @Test
    void membersOfACohortAreFoundThroughTheirParticipant() {
        Placements placements = new Placements() {
            public Optional<Placement> participant(String id) {
                return Optional.of(id.equals("p-a") ? LHJ_A : new Placement("pha-rea", "other-cohort", id));
            }

            public Optional<Placement> cohort(String id) {
                return Optional.of(Placement.cohort("pha-rea", id));
            }

            public Optional<Placement> aggregate(String id) {
                return Optional.empty();
            }
        };
        Placement cohort = Placement.cohort("pha-rea", "pha-rea-2023");
        assertThat(cohort.contains(Scope.participant("p-a"), placements)).isTrue();
        assertThat(cohort.contains(Scope.participant("p-x"), placements)).isFalse();
        assertThat(cohort.contains(Scope.cohort("other-cohort"), placements)).isFalse();
        assertThat(Placement.program("pha-rea").contains(Scope.cohort("other-cohort"), placements)).isTrue();
    }
}
