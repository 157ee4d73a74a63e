package org.equityaccelerator.local;

import org.equityaccelerator.infra.identity.DemoIdentities;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalOptionsTest {

    @Test
    void usersAreAddedRepeatedOrCommaSeparatedWithTheGivenPassword() {
        LocalOptions options = LocalOptions.parse("--user=alice", "--user=bob,carol", "--user-password=s3cret-local");
        assertThat(options.users()).containsExactly(Map.entry("alice", "s3cret-local"), Map.entry("bob", "s3cret-local"),
                Map.entry("carol", "s3cret-local"));
    }

    @Test
    void withoutAPasswordOptionAddedUsersHaveTheDemoPasswordAndWithoutUsersNoneAreAdded() {
        assertThat(LocalOptions.parse("--user=lhj-c-lead").users())
                .containsExactly(Map.entry("lhj-c-lead", DemoIdentities.PASSWORD));
        assertThat(LocalOptions.parse("--no-demo").users()).isEmpty();
    }

    @Test
    void aUsernameMustBeAPseudonymousReference() {
        assertThatThrownBy(() -> LocalOptions.parse("--user=alice@example.org"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--user=alice@example.org");
        assertThatThrownBy(() -> LocalOptions.parse("--user=Alice Smith"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pseudonymous");
        assertThatThrownBy(() -> LocalOptions.parse("--users=alice"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option --users=alice");
    }
}
