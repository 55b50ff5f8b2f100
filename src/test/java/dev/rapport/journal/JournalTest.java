package dev.rapport.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.RapportException;
import dev.rapport.etiquette.Mark;
import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsMigratedToTheLatestSchemaInWalMode() throws Exception {
        Path db = dir.resolve("sub/folder/journal.db");
        try (Journal j = Journal.open(db)) {
            assertThat(j.schemaVersion()).isEqualTo(Schema.VERSION).isGreaterThanOrEqualTo(2);
        }
        assertThat(query(db, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(query(db, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type='table' ORDER BY name)"))
                .isEqualTo("checks,marks,notes,people");
        try (Journal again = Journal.open(db)) {
            assertThat(again.schemaVersion()).isEqualTo(Schema.VERSION);
        }
    }

    @Test
    void aVersionOneFileKeepsItsDataAndGainsNotesAndMarkDetails() throws Exception {
        Path db = dir.resolve("old.db");
        // the schema as the first release wrote it, with a duplicate mark that version 2 folds into one
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE people (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                    + " name_norm TEXT NOT NULL, company TEXT NOT NULL DEFAULT '', company_norm TEXT NOT NULL DEFAULT '',"
                    + " url TEXT, created TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE checks (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id)"
                    + " ON DELETE CASCADE, day TEXT NOT NULL, decision TEXT NOT NULL, warrant INTEGER NOT NULL, reasons TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE marks (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id)"
                    + " ON DELETE CASCADE, kind TEXT NOT NULL, day TEXT NOT NULL)");
            s.executeUpdate("INSERT INTO people VALUES (1, 'name:priya raman|tallyport', 'Priya Raman', 'priya raman',"
                    + " 'Tallyport', 'tallyport', NULL, '2026-10-01')");
            s.executeUpdate("INSERT INTO checks VALUES (1, 1, '2026-10-01', 'connect', 90, '[]')");
            s.executeUpdate("INSERT INTO marks VALUES (1, 1, 'sent', '2026-11-10')");
            s.executeUpdate("INSERT INTO marks VALUES (2, 1, 'sent', '2026-11-10')");
            s.executeUpdate("PRAGMA user_version = 1");
        }
        try (Journal j = Journal.open(db)) {
            assertThat(j.schemaVersion()).isEqualTo(Schema.VERSION);
            Person p = j.one("Priya Raman", null).orElseThrow();
            assertThat(j.events(p)).containsExactly(new OutreachHistory.Event(Mark.SENT, LocalDate.of(2026, 11, 10), true));
            assertThat(j.log("priya raman")).singleElement().satisfies(e -> {
                assertThat(e.lastCheck()).get().extracting(LogEntry.LastCheck::decision).isEqualTo("connect");
                assertThat(e.notes()).isZero();
            });
            assertThat(j.budget(DAY, 5)).isEqualTo(new NoteBudget(1, 5, LocalDate.of(2026, 12, 1)));
        }
    }

    @Test
    void aFileFromANewerRapportIsRefusedWithOneLine() throws Exception {
        Path db = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Journal.open(db)).isInstanceOf(RapportException.class)
                .hasMessageContaining("newer.db").hasMessageContaining("99").hasMessageNotContaining("\n");
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedInTheError() throws Exception {
        Path db = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database\n".repeat(200));
        assertThatThrownBy(() -> Journal.open(db).schemaVersion()).isInstanceOf(RapportException.class)
                .hasMessageContaining("notes.db").hasMessageContaining("not a rapport journal");
    }

    @Test
    void twoConnectionsWriteAtOnceAndNothingIsLost() throws Exception {
        Path db = dir.resolve("shared.db");
        Journal.open(db).close();
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = pool.invokeAll(List.<Callable<Integer>>of(
                    () -> writeMarks(db, "alpha", each), () -> writeMarks(db, "beta", each)));
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(each);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(query(db, "SELECT COUNT(*) FROM people")).isEqualTo(Integer.toString(2 * each));
        assertThat(query(db, "SELECT COUNT(*) FROM marks")).isEqualTo(Integer.toString(2 * each));
    }

    private static int writeMarks(Path db, String who, int n) {
        try (Journal j = Journal.open(db)) {
            for (int i = 0; i < n; i++) {
                j.mark(who + " person " + i, "Acme", Mark.SENT, DAY, i % 2 == 0);
            }
            return j.log(null).size() >= n ? n : -1;
        }
    }

    @Test
    void peopleAreRecognisedAcrossSpellingsAndAMarkByNameMeetsTheLaterProfile() {
        try (Journal j = Journal.open(dir.resolve("people.db"))) {
            Person marked = j.mark("Priya Raman", null, Mark.SENT, DAY, true);
            Person checked = j.person("PRIYA  Ramán", "Tallyport Inc.", null, LocalDate.of(2026, 11, 20));
            assertThat(checked.id()).isEqualTo(marked.id());
            assertThat(checked.company()).isEqualTo("Tallyport Inc.");
            assertThat(j.person("Priya Raman", "Tallyport", null, LocalDate.of(2026, 11, 20)).id()).isEqualTo(marked.id());
            Person other = j.person("Priya Raman", "Brightpath Health", null, LocalDate.of(2026, 11, 20));
            assertThat(other.id()).isNotEqualTo(marked.id());
            assertThatThrownBy(() -> j.one("priya raman", null)).isInstanceOf(RapportException.class)
                    .hasMessageContaining("2 people").hasMessageContaining("Brightpath Health").hasMessageContaining("--company");
            assertThat(j.one("Priya Raman", "Brightpath Health")).get().extracting(Person::id).isEqualTo(other.id());
            Person byUrl = j.mark("https://www.linkedin.com/in/wei-zhang/", null, Mark.SENT, DAY, false);
            assertThat(j.person("Wei Zhang", "Cedar Labs", "linkedin.com/in/wei-zhang", LocalDate.of(2026, 11, 20)).id()).isEqualTo(byUrl.id());
        }
    }

    @Test
    void forgetDeletesThePersonAndEverythingAboutThemAndNobodyElse() throws Exception {
        Path db = dir.resolve("forget.db");
        try (Journal j = Journal.open(db)) {
            Person priya = j.mark("Priya Raman", "Tallyport", Mark.SENT, DAY, true);
            j.mark("Priya Raman", "Tallyport", Mark.ACCEPTED, DAY.plusDays(2), true);
            j.mark("Marcus Hale", null, Mark.SENT, DAY, true);
            j.recordNotes(priya, List.of(dev.rapport.draft.Note.of("Hi Priya, good to see you again.", "worked-together")), DAY);
            assertThat(j.forget(List.of(priya))).isEqualTo(1);
            assertThat(j.named("Priya Raman")).isEmpty();
            assertThat(j.named("Marcus Hale")).hasSize(1);
        }
        assertThat(query(db, "SELECT COUNT(*) FROM marks")).isEqualTo("1");
        assertThat(query(db, "SELECT COUNT(*) FROM notes")).isEqualTo("0");
        // secure_delete and the checkpoint leave no trace of the note text in the file
        assertThat(new String(Files.readAllBytes(db), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("good to see you again");
    }

    @Test
    void partOfAKnownNameMarksAndForgetsThatPersonNotANewOne() {
        // a hand session: `mark "Amara" sent` made a second row beside "Amara Okonkwo"; `forget "Gareth"` found nobody
        try (Journal j = Journal.open(dir.resolve("part.db"))) {
            Person amara = j.mark("Amara Okonkwo", "Kirkstall", Mark.SENT, DAY, true);
            j.mark("Gareth Llewellyn", null, Mark.SENT, DAY, true);
            j.mark("Gareth Evans", null, Mark.SENT, DAY, true);
            assertThat(j.mark("Amara", null, Mark.ACCEPTED, DAY.plusDays(1), true).id()).isEqualTo(amara.id());
            assertThat(j.named("Amara")).isEmpty();
            assertThat(j.one("okonkwo", null)).map(Person::id).contains(amara.id());
            // a part shared by two is asked about, and a part of a word is no match
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> j.one("Gareth", null)).hasMessageContaining("Gareth Llewellyn");
            assertThat(j.one("Ama", null)).isEmpty();
        }
    }

    @Test
    void theBudgetCountsOnlyNotesSentThisMonth() {
        try (Journal j = Journal.open(dir.resolve("budget.db"))) {
            j.mark("A Person", null, Mark.SENT, LocalDate.of(2026, 10, 31), true);
            j.mark("B Person", null, Mark.SENT, LocalDate.of(2026, 11, 1), true);
            j.mark("C Person", null, Mark.SENT, LocalDate.of(2026, 11, 3), false);
            j.mark("D Person", null, Mark.ACCEPTED, LocalDate.of(2026, 11, 4), true);
            j.mark("E Person", null, Mark.SENT, LocalDate.of(2026, 11, 30), true);
            NoteBudget b = j.budget(DAY, 5);
            assertThat(b.used()).isEqualTo(2);
            assertThat(b.remaining()).isEqualTo(3);
            assertThat(b.renews()).isEqualTo(LocalDate.of(2026, 12, 1));
        }
    }

    static String query(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Every lookup a batch or the log makes uses an index: no statement scans a whole table per person. */
    @Test
    void everyLookupUsesAnIndex() throws Exception {
        Path db = dir.resolve("plans.db");
        try (Journal j = Journal.open(db)) {
            j.schemaVersion();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (String sql : List.of(
                    "SELECT * FROM people WHERE url = 'u'",
                    "SELECT * FROM people WHERE name_norm = 'n' AND company_norm = 'c'",
                    "SELECT COUNT(*) FROM notes WHERE person_id = 1",
                    "SELECT kind, day, with_note FROM marks WHERE person_id = 1 ORDER BY day, id",
                    "SELECT day, decision, warrant FROM checks WHERE person_id = 1 ORDER BY day DESC, id DESC LIMIT 1",
                    "SELECT id FROM checks WHERE person_id = 1 AND day = 'd' AND sender = 's' AND why = 'w'",
                    "SELECT COUNT(*) FROM marks WHERE kind = 'sent' AND with_note = 1 AND day BETWEEN 'a' AND 'b'",
                    "SELECT text, angle FROM notes WHERE check_id = 1 ORDER BY id")) {
                StringBuilder plan = new StringBuilder();
                try (java.sql.Statement s = c.createStatement();
                     java.sql.ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                    while (rs.next()) {
                        plan.append(rs.getString("detail")).append('\n');
                    }
                }
                assertThat(plan.toString()).as(sql).contains("USING").doesNotContainPattern("SCAN (people|notes|marks|checks)\\b(?! USING)");
            }
        }
    }
}
