package dev.rapport.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The journal's tables, as a list of migrations. {@code PRAGMA user_version} holds how many have
 * run; each runs in its own transaction, so a file is always at one version or the next, never
 * between. Append new steps; never edit one that has shipped.
 */
final class Schema {
    static final List<List<String>> STEPS = List.of(
            // 1: people, their checks and the marks the user set
            List.of(
                    """
                    CREATE TABLE people (
                      id INTEGER PRIMARY KEY,
                      key TEXT NOT NULL UNIQUE,
                      name TEXT NOT NULL,
                      name_norm TEXT NOT NULL,
                      company TEXT NOT NULL DEFAULT '',
                      company_norm TEXT NOT NULL DEFAULT '',
                      url TEXT,
                      created TEXT NOT NULL)""",
                    "CREATE INDEX people_name ON people(name_norm)",
                    """
                    CREATE TABLE checks (
                      id INTEGER PRIMARY KEY,
                      person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                      day TEXT NOT NULL,
                      decision TEXT NOT NULL,
                      warrant INTEGER NOT NULL,
                      reasons TEXT NOT NULL)""",
                    """
                    CREATE TABLE marks (
                      id INTEGER PRIMARY KEY,
                      person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                      kind TEXT NOT NULL,
                      day TEXT NOT NULL)"""),
            // 2: the notes drafted, whether a sent invitation carried a note, where a mark came
            // from, and who checked for what reason (so that a batch can resume)
            List.of(
                    """
                    CREATE TABLE notes (
                      id INTEGER PRIMARY KEY,
                      person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                      check_id INTEGER REFERENCES checks(id) ON DELETE CASCADE,
                      day TEXT NOT NULL,
                      text TEXT NOT NULL,
                      angle TEXT NOT NULL,
                      chars INTEGER NOT NULL)""",
                    "ALTER TABLE marks ADD COLUMN with_note INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE marks ADD COLUMN source TEXT NOT NULL DEFAULT 'user'",
                    "ALTER TABLE checks ADD COLUMN sender TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE checks ADD COLUMN why TEXT NOT NULL DEFAULT ''",
                    // a mark of one kind per person and day: importing the same export twice adds nothing
                    """
                    DELETE FROM marks WHERE id NOT IN
                      (SELECT MIN(id) FROM marks GROUP BY person_id, kind, day)""",
                    "CREATE UNIQUE INDEX marks_once ON marks(person_id, kind, day)",
                    "CREATE INDEX checks_person_day ON checks(person_id, day)",
                    "CREATE INDEX notes_check ON notes(check_id)"),
            // 3: an index for every lookup, so that a batch and the log cost time linear in the journal
            List.of(
                    "CREATE INDEX IF NOT EXISTS people_url ON people(url)",
                    "CREATE INDEX IF NOT EXISTS people_name_company ON people(name_norm, company_norm)",
                    "CREATE INDEX IF NOT EXISTS notes_person ON notes(person_id)",
                    "CREATE INDEX IF NOT EXISTS marks_kind_day ON marks(kind, day)",
                    "CREATE INDEX IF NOT EXISTS checks_resume ON checks(person_id, day, sender, why)"));

    static final int VERSION = STEPS.size();

    private Schema() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** Brings the file up to {@link #VERSION}; returns the version it found. */
    static int migrate(Connection c, String source) throws SQLException {
        int found = version(c);
        if (found > VERSION) {
            throw Messages.error("journal.newer", source, found, VERSION);
        }
        if (found == 0 && hasTables(c)) {
            // some other program's database: adding rapport's tables to it would quietly change it
            throw Messages.error("journal.foreign", source);
        }
        for (int v = found; v < VERSION; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // another process may have migrated while we waited for the write lock
                if (version(c) > v) {
                    c.commit();
                    continue;
                }
                for (String sql : STEPS.get(v)) {
                    s.executeUpdate(sql);
                }
                s.executeUpdate("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return found;
    }
}
