package org.equityaccelerator.command.access;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessSettingsTest {

    /** Platform-wide roles are never implied: a tenant's bootstrap admin is no admin of every program by default. */
    @Test
    void theOperatorsProgramIsOnlyWhatIsConfigured() {
        assertThat(new AccessSettings(List.of("pha-admin-1@pha-rea"), "").operatorProgram()).isEmpty();
        assertThat(new AccessSettings(List.of("ops-1@platform", "pha-admin-1@pha-rea"), " platform ").operatorProgram())
                .isEqualTo("platform");
    }

    @Test
    void aBootstrapEntryWithoutItsProgramIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new AccessSettings(List.of("pha-admin-1"), ""))
                .hasMessageContaining("accelerator.access.bootstrap-admins");
    }
}
