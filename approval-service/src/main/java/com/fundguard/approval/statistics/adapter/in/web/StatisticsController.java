package com.fundguard.approval.statistics.adapter.in.web;

import com.fundguard.approval.statistics.application.StatisticsQueries;
import com.fundguard.approval.transfer.application.ApproverDirectory;
import com.fundguard.approval.transfer.domain.ApproverRole;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The owner's figures (分析模块): for whoever holds AUTHORIZER now; the viewer is the token's subject. */
@RestController
class StatisticsController {

    private final StatisticsQueries statistics;
    private final ApproverDirectory directory;
    private final ZoneId zone;

    StatisticsController(StatisticsQueries statistics, ApproverDirectory directory,
                         @Value("${fundguard.approval.business-zone:Asia/Shanghai}") ZoneId zone) {
        this.statistics = statistics;
        this.directory = directory;
        this.zone = zone;
    }

    record StatisticsView(List<StatisticsQueries.Total> totals, List<StatisticsQueries.StepLeadTime> leadTimes, long decided,
                          long rejected, double rejectionRate) {
    }

    @GetMapping("/api/enterprises/{enterpriseId}/transfer-statistics")
    ResponseEntity<?> statistics(@PathVariable UUID enterpriseId, @org.springframework.security.core.annotation.AuthenticationPrincipal org.springframework.security.oauth2.jwt.Jwt token, @RequestParam Instant from,
                                 @RequestParam Instant to, @RequestParam(defaultValue = "DAY") StatisticsQueries.Grouping by) {
        UUID viewer = com.fundguard.security.caller.Caller.of(token).person();
        if (!directory.currentRoles(enterpriseId, viewer).contains(ApproverRole.AUTHORIZER)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "the figures are the owner's (an authorizer's)"));
        }
        StatisticsQueries.Rejections rejections = statistics.rejections(enterpriseId, from, to);
        return ResponseEntity.ok(new StatisticsView(statistics.totals(enterpriseId, from, to, by, zone),
                statistics.leadTimes(enterpriseId, from, to), rejections.decided(), rejections.rejected(), rejections.rate()));
    }
}
