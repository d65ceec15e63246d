package com.fundguard.local.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceCatalogTest {

    @Test
    void everyServiceHasItsOwnPortAndEveryDatabaseServiceItsOwnDatabase() {
        assertThat(ServiceCatalog.ALL).extracting(ServiceSpec::port).doesNotHaveDuplicates();
        assertThat(ServiceCatalog.databases()).doesNotHaveDuplicates().hasSize(ServiceCatalog.ALL.size() - 1);
        assertThat(ServiceCatalog.GATEWAY.database()).isNull();
    }

    @Test
    void theJarIsTheModulesRunnableJar() {
        assertThat(ServiceCatalog.APPROVAL.jarName()).isEqualTo("approval-service-0.1.0-exec.jar");
    }
}
