package com.fundguard.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalOptionsTest {

    final Path repository = Path.of("/work/fundguard");

    @Test
    void withoutOptionsDataIsKeptInTheRepositoryAndNothingIsDeleted() {
        LocalOptions options = LocalOptions.parse(new String[0], repository);

        assertThat(options.dataDirectory()).isEqualTo(Path.of("/work/fundguard/.local-data"));
        assertThat(options.fresh()).isFalse();
        assertThat(options.healthTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void freshDataDirectoryAndTimeoutAreTaken() {
        LocalOptions options = LocalOptions.parse(new String[] {"--fresh", "--data-dir", "/tmp/fg", "--timeout", "90"}, repository);

        assertThat(options.fresh()).isTrue();
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/fg"));
        assertThat(options.healthTimeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void unknownOrIncompleteOptionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> LocalOptions.parse(new String[] {"--wipe"}, repository)).hasMessageContaining("--wipe");
        assertThatThrownBy(() -> LocalOptions.parse(new String[] {"--data-dir"}, repository)).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LocalOptions.parse(new String[] {"--timeout", "soon"}, repository)).hasMessageContaining("seconds");
        assertThatThrownBy(() -> LocalOptions.parse(new String[] {"--timeout", "0"}, repository)).hasMessageContaining("positive");
    }
}
