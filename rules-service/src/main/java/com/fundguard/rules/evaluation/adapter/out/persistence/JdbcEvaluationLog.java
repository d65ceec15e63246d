package com.fundguard.rules.evaluation.adapter.out.persistence;

import com.fundguard.rules.evaluation.application.EvaluationLog;
import com.fundguard.rules.evaluation.domain.Step;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

public class JdbcEvaluationLog implements EvaluationLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcEvaluationLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(UUID enterpriseId, UUID ruleSetId, int version, Map<String, Object> facts, List<Step> steps, boolean blocked,
                       Instant at) {
        jdbc.sql("""
                        INSERT INTO rule_evaluation (enterprise_id, rule_set_id, version, facts, steps, blocked, evaluated_at)
                        VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
                        """)
                .params(enterpriseId, ruleSetId, version, json.writeValueAsString(facts), json.writeValueAsString(steps), blocked,
                        Timestamp.from(at))
                .update();
    }

    @Override
    public List<Recorded> latest(UUID enterpriseId, int limit) {
        return jdbc.sql("SELECT * FROM rule_evaluation WHERE enterprise_id = ? ORDER BY evaluated_at DESC, id DESC LIMIT ?")
                .params(enterpriseId, limit)
                .query((rs, n) -> new Recorded(rs.getObject("rule_set_id", UUID.class), rs.getInt("version"),
                        json.readValue(rs.getString("facts"), new TypeReference<Map<String, Object>>() { }),
                        json.readValue(rs.getString("steps"), new TypeReference<List<Step>>() { }),
                        rs.getBoolean("blocked"), rs.getTimestamp("evaluated_at").toInstant()))
                .list();
    }
}
