package com.fundguard.local.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLoginsTest {

    @TempDir Path data;

    @Test
    void passwordsAreRandomLongAndKeptOwnerOnly() throws Exception {
        DemoLogins logins = DemoLogins.loadOrCreate(data, List.of("chen.cashier", "liu.owner"));

        assertThat(logins.passwordOf("chen.cashier")).hasSize(24).isNotEqualTo(logins.passwordOf("liu.owner"));
        assertThat(Files.getPosixFilePermissions(data.resolve(DemoLogins.FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aRestartWithTheSameDataDirectoryUsesTheSamePasswords() {
        String first = DemoLogins.loadOrCreate(data, List.of("chen.cashier")).passwordOf("chen.cashier");

        DemoLogins again = DemoLogins.loadOrCreate(data, List.of("chen.cashier", "liu.owner"));

        assertThat(again.passwordOf("chen.cashier")).isEqualTo(first);
        assertThat(again.passwordOf("liu.owner")).hasSize(24);
        assertThatThrownBy(() -> again.passwordOf("nobody")).isInstanceOf(IllegalArgumentException.class);
    }
}
