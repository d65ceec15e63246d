package com.fundguard.identity.directory.adapter.out.persistence;

import com.fundguard.identity.directory.application.Enterprises;
import com.fundguard.identity.directory.application.Users;
import com.fundguard.identity.directory.domain.Enterprise;
import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.directory.domain.User;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Enterprises and users in PostgreSQL. The password hash is written here and never read back into the domain. */
public class JdbcDirectory implements Enterprises, Users {

    private final JdbcClient jdbc;

    public JdbcDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Enterprise enterprise) {
        jdbc.sql("INSERT INTO enterprise (id, name, registered_at) VALUES (?, ?, ?)")
                .params(enterprise.id(), enterprise.name(), Timestamp.from(enterprise.registeredAt())).update();
    }

    @Override
    public Optional<Enterprise> find(UUID enterpriseId) {
        return jdbc.sql("SELECT id, name, registered_at FROM enterprise WHERE id = ?").param(enterpriseId)
                .query((rs, n) -> new Enterprise(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getTimestamp("registered_at").toInstant()))
                .optional();
    }

    @Override
    public void add(User user, String passwordHash) {
        jdbc.sql("""
                        INSERT INTO app_user (id, enterprise_id, username, display_name, roles, password_hash, registered_at)
                        VALUES (:id, :enterpriseId, :username, :displayName, :roles, :hash, :registeredAt)
                        """)
                .param("id", user.id())
                .param("enterpriseId", user.enterpriseId())
                .param("username", user.username())
                .param("displayName", user.displayName())
                .param("roles", user.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .param("hash", passwordHash)
                .param("registeredAt", Timestamp.from(user.registeredAt()))
                .update();
    }

    @Override
    public Optional<User> find(UUID enterpriseId, String username) {
        return jdbc.sql("SELECT id, enterprise_id, username, display_name, roles, registered_at FROM app_user WHERE enterprise_id = ? AND username = ?")
                .params(enterpriseId, username).query((rs, n) -> user(rs)).optional();
    }

    @Override
    public List<User> all(UUID enterpriseId) {
        return jdbc.sql("SELECT id, enterprise_id, username, display_name, roles, registered_at FROM app_user WHERE enterprise_id = ? ORDER BY username")
                .param(enterpriseId).query((rs, n) -> user(rs)).list();
    }

    @Override
    public Optional<User> byId(UUID userId) {
        return jdbc.sql("SELECT id, enterprise_id, username, display_name, roles, registered_at FROM app_user WHERE id = ?")
                .param(userId).query((rs, n) -> user(rs)).optional();
    }

    @Override
    public java.util.Map<UUID, String> phoneNumbers(UUID enterpriseId) {
        java.util.Map<UUID, String> numbers = new java.util.HashMap<>();
        jdbc.sql("SELECT id, phone_number FROM app_user WHERE enterprise_id = ? AND phone_number IS NOT NULL")
                .param(enterpriseId)
                .query((rs, n) -> numbers.put(rs.getObject("id", UUID.class), rs.getString("phone_number"))).list();
        return numbers;
    }

    @Override
    public void changeRoles(UUID enterpriseId, UUID userId, java.util.Set<Role> roles) {
        int changed = jdbc.sql("UPDATE app_user SET roles = ? WHERE enterprise_id = ? AND id = ?")
                .params(roles.stream().map(Role::name).sorted().toArray(String[]::new), enterpriseId, userId).update();
        if (changed != 1) {
            throw new IllegalStateException("no user " + userId + " in enterprise " + enterpriseId);
        }
    }

    private static User user(ResultSet rs) throws SQLException {
        Array roles = rs.getArray("roles");
        return new User(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("username"), rs.getString("display_name"),
                Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).collect(Collectors.toSet()),
                rs.getTimestamp("registered_at").toInstant());
    }
}
