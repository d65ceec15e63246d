package com.fundguard.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;

/**
 * The rules every FundGuard module runs (STYLE.md). Use from a module's test:
 * <pre>
 * {@code @AnalyzeClasses(packages = "com.fundguard.approval", importOptions = ImportOption.DoNotIncludeTests.class)}
 * class ArchitectureTest {
 *     {@code @ArchTest} static final ArchTests platformRules = ArchTests.in(FundGuardArchitectureRules.class);
 * }
 * </pre>
 */
public final class FundGuardArchitectureRules {

    /** The root package of each service module. A service may use the shared libraries, never another service. */
    public static final List<String> SERVICE_ROOTS = List.of(
            "com.fundguard.gateway", "com.fundguard.identity", "com.fundguard.approval", "com.fundguard.rules",
            "com.fundguard.bankconnector", "com.fundguard.voucher", "com.fundguard.notification",
            "com.fundguard.reconciliation", "com.fundguard.sandbox", "com.fundguard.agent",
            "com.fundguard.local");

    private FundGuardArchitectureRules() {
    }

    /** buckpal's allow-list: a domain model is plain Java and its own domain, nothing else. */
    @ArchTest
    public static final ArchRule domainIsPlainJava = classes()
            .that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..domain..", "com.fundguard.calendar..")
            .because("the domain is plain Java 21: no Spring, JPA or Jackson, time from an injected Clock"
                    + " (common-calendar is plain Java without dependencies, shared by the domains that count business days)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule domainReadsNoClockOfItsOwn = classes()
            .that().resideInAPackage("..domain..")
            .should(notCallTheSystemClock())
            .because("time comes from an injected Clock, so tests and business dates are deterministic")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule noServiceDependsOnAnotherService = classes()
            .should(dependOnNoOtherService())
            .because("services share facts only through events and published APIs (DESIGN.md section 2)");

    @ArchTest
    public static final ArchRule capabilitiesAreFreeOfCycles = slices()
            .matching("com.fundguard.(*).(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    private static ArchCondition<JavaClass> dependOnNoOtherService() {
        return new ArchCondition<>("depend on no other service's classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = serviceOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> target = serviceOf(dependency.getTargetClass().getPackageName());
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notCallTheSystemClock() {
        return new ArchCondition<>("call no now() without a Clock and no System.currentTimeMillis") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getMethodCallsFromSelf().forEach(call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean systemClock = (name.equals("currentTimeMillis") && owner.equals("java.lang.System"))
                            || (name.equals("now") && owner.startsWith("java.time.")
                            && call.getTarget().getRawParameterTypes().isEmpty());
                    if (systemClock) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                });
            }
        };
    }

    static Optional<String> serviceOf(String packageName) {
        return SERVICE_ROOTS.stream()
                .filter(root -> packageName.equals(root) || packageName.startsWith(root + "."))
                .findFirst();
    }
}
