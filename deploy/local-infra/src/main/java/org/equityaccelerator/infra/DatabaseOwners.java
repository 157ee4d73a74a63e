package org.equityaccelerator.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A service that owns its database logs in as a role of its own, not as the superuser: what deploy/sql/roles.sql does
 * for {@code accelerator_query} in a deployment, done here over JDBC for the local stack and the tests (roles.sql uses
 * psql's meta-commands, and the embedded server comes without psql). The role is a plain login: no superuser, no
 * CREATEDB, no CREATEROLE. A database that exists already, e.g. in a data directory from before, is handed over with
 * everything in its public schema, so its data stay readable to the new owner.
 */
final class DatabaseOwners {
    private static final String NAME = "[a-z][a-z0-9_]*";

    private DatabaseOwners() {
    }

    /**
     * @param serverUrl JDBC URL prefix of the server (ending in {@code /})
     * @param superuser a role that may create roles and databases
     */
    static void ensure(String serverUrl, String superuser, String superuserPassword, String database, String role,
                       String password) {
        if (!database.matches(NAME) || !role.matches(NAME)) {
            throw new IllegalArgumentException("database and role names are lower-case letters, digits, _: "
                    + database + ", " + role);
        }
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", superuser, superuserPassword);
             Statement s = c.createStatement()) {
            // as roles.sql: create what is missing, (re)set the password
            if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
                s.execute("create role " + role + " login password " + literal(password));
            }
            s.execute("alter role " + role + " nosuperuser nocreatedb nocreaterole login password " + literal(password));
            if (exists(c, "select 1 from pg_database where datname = ?", database)) {
                s.execute("alter database " + database + " owner to " + role);
            } else {
                s.execute("create database " + database + " owner " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot give database " + database + " to role " + role, e);
        }
        try (Connection c = DriverManager.getConnection(serverUrl + database, superuser, superuserPassword);
             Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + role);
            s.execute("revoke create on schema public from public");
            s.execute(handOverObjects(role));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hand database " + database + " over to role " + role, e);
        }
    }

    /**
     * Tables, views and free-standing sequences of the public schema owned by anyone else; a sequence that belongs to
     * a table's column follows its table.
     */
    private static String handOverObjects(String role) {
        return """
                do $$
                declare r record;
                begin
                  for r in select c.oid::regclass::text as name,
                                  case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                                 when 'S' then 'sequence' else 'table' end as kind
                             from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                              and c.relowner <> '%1$s'::regrole
                              and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                                       where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                         and d.deptype in ('a', 'i')))
                  loop
                    execute format('alter %%s %%s owner to %%I', r.kind, r.name, '%1$s');
                  end loop;
                end $$""".formatted(role);
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
