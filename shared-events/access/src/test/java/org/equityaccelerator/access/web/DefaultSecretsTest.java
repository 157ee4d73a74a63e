package org.equityaccelerator.access.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultSecretsTest {
    private static final Map<String, String> DEFAULTS = Map.of("spring.datasource.password", "accelerator_app",
            "spring.flyway.password", "postgres");

    @Test
    void outsideTheLocalProfileADefaultPasswordStopsTheStartNamingEveryPropertyThatKeepsOne() {
        StandardEnvironment environment = environment(Map.of("spring.datasource.password", "accelerator_app",
                "spring.flyway.password", "postgres"));

        assertThatThrownBy(() -> DefaultSecrets.refuseOutsideLocal(environment, DEFAULTS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[spring.datasource.password, spring.flyway.password]");
    }

    @Test
    void ownPasswordsStartAnywhereAndTheLocalProfileMayKeepTheDefaults() {
        assertThatCode(() -> DefaultSecrets.refuseOutsideLocal(environment(Map.of(
                "spring.datasource.password", "rotated-1", "spring.flyway.password", "rotated-2")), DEFAULTS))
                .doesNotThrowAnyException();
        StandardEnvironment local = environment(Map.of("spring.datasource.password", "accelerator_app"));
        local.setActiveProfiles(DefaultSecrets.LOCAL_PROFILE);
        assertThatCode(() -> DefaultSecrets.refuseOutsideLocal(local, DEFAULTS)).doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
