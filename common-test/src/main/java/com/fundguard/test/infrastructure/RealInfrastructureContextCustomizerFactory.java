package com.fundguard.test.infrastructure;

import java.util.List;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Registered in META-INF/spring.factories; acts on test classes marked {@link WithRealInfrastructure}. */
public final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(WithRealInfrastructure.class);
        return wanted ? new RealInfrastructureContextCustomizer(TestIsolation.forTestClass(testClass)) : null;
    }
}
