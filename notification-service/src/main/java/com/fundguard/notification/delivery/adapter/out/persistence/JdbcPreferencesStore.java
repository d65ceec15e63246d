package com.fundguard.notification.delivery.adapter.out.persistence;

import com.fundguard.notification.delivery.application.PreferencesStore;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.notification.delivery.domain.NoticeTopic;
import com.fundguard.notification.delivery.domain.Preferences;
import com.fundguard.notification.delivery.domain.QuietHours;
import java.sql.Time;
import java.time.ZoneId;
import java.util.EnumMap;
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

    @Override
    public Optional<Preferences> find(UUID enterpriseId, UUID userId) {
        Map<NoticeTopic, Set<Channel>> channels = new EnumMap<>(NoticeTopic.class);
        jdbc.sql("SELECT topic, channel FROM notification_preference_channel WHERE enterprise_id = ? AND user_id = ?")
                .params(enterpriseId, userId)
                .query((rs, n) -> {
                    channels.computeIfAbsent(NoticeTopic.valueOf(rs.getString("topic")), t -> EnumSet.noneOf(Channel.class))
                            .add(Channel.valueOf(rs.getString("channel")));
                    return null;
                }).list();
        Map<NoticeKind, Set<Channel>> perKind = new EnumMap<>(NoticeKind.class);
        jdbc.sql("SELECT notice_kind, channel FROM notification_preference_event WHERE enterprise_id = ? AND user_id = ?")
                .params(enterpriseId, userId)
                .query((rs, n) -> {
                    perKind.computeIfAbsent(NoticeKind.valueOf(rs.getString("notice_kind")), k -> EnumSet.noneOf(Channel.class))
                            .add(Channel.valueOf(rs.getString("channel")));
                    return null;
                }).list();
        return jdbc.sql("SELECT * FROM notification_preference WHERE enterprise_id = ? AND user_id = ?")
                .params(enterpriseId, userId)
                .query((rs, n) -> {
                    Time from = rs.getTime("quiet_from");
                    Optional<QuietHours> quiet = from == null ? Optional.empty() : Optional.of(new QuietHours(from.toLocalTime(),
                            rs.getTime("quiet_until").toLocalTime(), ZoneId.of(rs.getString("quiet_zone"))));
                    return new Preferences(channels, perKind, quiet, Optional.ofNullable(rs.getString("email")));
                })
                .optional();
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
