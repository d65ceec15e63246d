package com.fundguard.notification.delivery.adapter.out.persistence;

import com.fundguard.notification.delivery.application.PreferencesStore;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.notification.delivery.domain.NoticeTopic;
import com.fundguard.notification.delivery.domain.Preferences;
import com.fundguard.notification.delivery.domain.QuietHours;
import java.sql.SQLException;
import java.sql.Time;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Preferences in PostgreSQL: one row per person, one row per chosen (topic, channel) and per chosen (kind, channel). */
public class JdbcPreferencesStore implements PreferencesStore {

    private final JdbcClient jdbc;

    public JdbcPreferencesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One round trip: it runs for every recipient of every notice. */
    @Override
    public Optional<Preferences> find(UUID enterpriseId, UUID userId) {
        return jdbc.sql("""
                        SELECT p.*,
                               (SELECT array_agg(c.topic || ':' || c.channel) FROM notification_preference_channel c
                                 WHERE c.enterprise_id = p.enterprise_id AND c.user_id = p.user_id) AS topic_channels,
                               (SELECT array_agg(e.notice_kind || ':' || e.channel) FROM notification_preference_event e
                                 WHERE e.enterprise_id = p.enterprise_id AND e.user_id = p.user_id) AS kind_channels
                          FROM notification_preference p WHERE p.enterprise_id = ? AND p.user_id = ?
                        """)
                .params(enterpriseId, userId)
                .query((rs, n) -> {
                    Map<NoticeTopic, Set<Channel>> channels = new EnumMap<>(NoticeTopic.class);
                    for (String[] pair : pairs(rs.getArray("topic_channels"))) {
                        channels.computeIfAbsent(NoticeTopic.valueOf(pair[0]), t -> EnumSet.noneOf(Channel.class)).add(Channel.valueOf(pair[1]));
                    }
                    Map<NoticeKind, Set<Channel>> perKind = new EnumMap<>(NoticeKind.class);
                    for (String[] pair : pairs(rs.getArray("kind_channels"))) {
                        perKind.computeIfAbsent(NoticeKind.valueOf(pair[0]), k -> EnumSet.noneOf(Channel.class)).add(Channel.valueOf(pair[1]));
                    }
                    Time from = rs.getTime("quiet_from");
                    Optional<QuietHours> quiet = from == null ? Optional.empty() : Optional.of(new QuietHours(from.toLocalTime(),
                            rs.getTime("quiet_until").toLocalTime(), ZoneId.of(rs.getString("quiet_zone"))));
                    // A topic with no row at all was added after the person chose (saving writes the inbox for every
                    // topic): it follows the defaults until they choose again, rather than the inbox only.
                    Set<NoticeTopic> unchosen = EnumSet.allOf(NoticeTopic.class);
                    unchosen.removeAll(channels.keySet());
                    return new Preferences(channels, perKind, quiet, Optional.ofNullable(rs.getString("email")))
                            .withDefaultsFor(unchosen);
                })
                .optional();
    }

    private static List<String[]> pairs(java.sql.Array aggregated) throws SQLException {
        if (aggregated == null) {
            return List.of();
        }
        return Arrays.stream((String[]) aggregated.getArray()).map(pair -> pair.split(":", 2)).toList();
    }

    @Override
    public void save(UUID enterpriseId, UUID userId, Preferences p) {
        Optional<QuietHours> quiet = p.quietHours();
        jdbc.sql("""
                        INSERT INTO notification_preference (enterprise_id, user_id, email, quiet_from, quiet_until, quiet_zone)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (enterprise_id, user_id) DO UPDATE SET email = EXCLUDED.email, quiet_from = EXCLUDED.quiet_from,
                            quiet_until = EXCLUDED.quiet_until, quiet_zone = EXCLUDED.quiet_zone
                        """)
                .params(enterpriseId, userId, p.email().orElse(null), quiet.map(q -> Time.valueOf(q.from())).orElse(null),
                        quiet.map(q -> Time.valueOf(q.until())).orElse(null), quiet.map(q -> q.zone().getId()).orElse(null))
                .update();
        jdbc.sql("DELETE FROM notification_preference_channel WHERE enterprise_id = ? AND user_id = ?")
                .params(enterpriseId, userId).update();
        p.channels().forEach((topic, chosen) -> chosen.forEach(channel ->
                jdbc.sql("INSERT INTO notification_preference_channel (enterprise_id, user_id, topic, channel) VALUES (?, ?, ?, ?)")
                        .params(enterpriseId, userId, topic.name(), channel.name()).update()));
        jdbc.sql("DELETE FROM notification_preference_event WHERE enterprise_id = ? AND user_id = ?")
                .params(enterpriseId, userId).update();
        p.perKind().forEach((kind, chosen) -> chosen.forEach(channel ->
                jdbc.sql("INSERT INTO notification_preference_event (enterprise_id, user_id, notice_kind, channel) VALUES (?, ?, ?, ?)")
                        .params(enterpriseId, userId, kind.name(), channel.name()).update()));
    }
}
