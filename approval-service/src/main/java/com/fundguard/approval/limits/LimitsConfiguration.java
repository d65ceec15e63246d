package com.fundguard.approval.limits;

import com.fundguard.approval.limits.adapter.out.persistence.JdbcApplicantLimits;
import com.fundguard.approval.limits.application.ApplicantLimits;
import com.fundguard.approval.limits.application.LimitEnforcement;
import com.fundguard.approval.limits.application.LimitSetting;
import com.fundguard.approval.transfer.application.ApproverDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    @Bean
    ApplicantLimits applicantLimits(JdbcClient jdbc) {
        return new JdbcApplicantLimits(jdbc);
    }

    @Bean
    LimitEnforcement limitEnforcement(ApplicantLimits limits) {
        return new LimitEnforcement(limits);
    }

    @Bean
    LimitSetting limitSetting(ApplicantLimits limits, ApproverDirectory directory) {
        return new LimitSetting(limits, directory);
    }
}
