package com.fundguard.test.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** What both kinds share: databases are created through an admin connection to the server. */
abstract class StartedInfrastructure implements RealInfrastructure {

    private static final Pattern SAFE_DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    abstract String adminJdbcUrl();

    abstract String jdbcUrl(String database);

    abstract String username();

    abstract String password();

    abstract void stop();

    @Override
    public final DatabaseCoordinates createDatabase(String name) {
        if (!SAFE_DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
        try (Connection admin = DriverManager.getConnection(adminJdbcUrl(), username(), password());
             Statement statement = admin.createStatement()) {
            // Names are checked above; CREATE DATABASE takes no bind parameters.
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new DatabaseCoordinates(jdbcUrl(name), username(), password());
    }
}
