package com.fundguard.test.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rules catch what they are for, and let pass what is right: each rule is shown failing on a fixture. */
class FundGuardArchitectureRulesTest {

    static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void aDomainClassUsingSpringBreaksThePlainJavaRule() {
        EvaluationResult result = FundGuardArchitectureRules.domainIsPlainJava.evaluate(
                classes(com.fundguard.approval.fixture.domain.SpringInTheDomain.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("org.springframework.stereotype.Component");
    }

    @Test
    void aDomainClassReadingTheSystemClockBreaksTheClockRule() {
        EvaluationResult result = FundGuardArchitectureRules.domainReadsNoClockOfItsOwn.evaluate(
                classes(com.fundguard.approval.fixture.domain.ReadsTheSystemClock.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Instant.now()");
    }

    @Test
    void aDomainClassTakingAnInjectedClockPassesBothDomainRules() {
        JavaClasses plain = classes(com.fundguard.approval.fixture.domain.PlainDomain.class);

        assertThat(FundGuardArchitectureRules.domainIsPlainJava.evaluate(plain).hasViolation()).isFalse();
        assertThat(FundGuardArchitectureRules.domainReadsNoClockOfItsOwn.evaluate(plain).hasViolation()).isFalse();
    }

    @Test
    void oneServiceUsingAnotherServicesClassBreaksTheServiceBoundaryRule() {
        EvaluationResult result = FundGuardArchitectureRules.noServiceDependsOnAnotherService.evaluate(
                classes(com.fundguard.approval.fixture.adapter.ReachesIntoRules.class,
                        com.fundguard.rules.fixture.RulesInternals.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("RulesInternals");
    }

    @Test
    void twoCapabilitiesDependingOnEachOtherBreakTheCycleRule() {
        EvaluationResult result = FundGuardArchitectureRules.capabilitiesAreFreeOfCycles.evaluate(
                new ClassFileImporter().importPackages("com.fundguard.approval.cyclea", "com.fundguard.approval.cycleb"));

        assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void aPackageBelongsToTheServiceWhoseRootItSitsUnder() {
        assertThat(FundGuardArchitectureRules.serviceOf("com.fundguard.approval.transfer.domain")).contains("com.fundguard.approval");
        assertThat(FundGuardArchitectureRules.serviceOf("com.fundguard.approvalx")).isEmpty();
        assertThat(FundGuardArchitectureRules.serviceOf("com.fundguard.events.outbox")).isEmpty();
    }
}
