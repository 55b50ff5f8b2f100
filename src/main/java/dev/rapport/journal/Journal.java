package dev.rapport.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.rapport.RapportException;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Verdict;
import dev.rapport.etiquette.Mark;
import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.Severity;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.text.Urls;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The outreach journal: one SQLite file with the people the user checked, each check, each note
 * drafted and each mark (sent, accepted, ignored, withdrawn). One connection per instance, kept
 * open; WAL and a busy timeout let two rapport processes write to the same file; every write runs
 * in a transaction, so a kill loses at most the one in flight. Not thread-safe: one per thread.
 */
public final class Journal implements AutoCloseable {
    /** How long a writer waits for another process's transaction before giving up. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final JsonFactory JSON = new JsonFactory();

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private int depth;

    private Journal(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when missing) and migrates the journal at {@code file}. */
    public static Journal open(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw Messages.error("journal.folder", file, dev.rapport.io.IoReasons.of(e));
        }
        Properties props = new Properties();
        props.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        props.setProperty("foreign_keys", "true");
        props.setProperty("journal_mode", "WAL");
        props.setProperty("synchronous", "NORMAL");
        // take the write lock when a transaction starts, so two writers queue instead of deadlocking
        props.setProperty("transaction_mode", "IMMEDIATE");
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
            try (Statement s = c.createStatement()) {
                // forgotten people's data is overwritten, not just unlinked
                s.execute("PRAGMA secure_delete = ON");
            }
            Schema.migrate(c, file.toString());
            return new Journal(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return call(() -> Schema.version(connection));
    }

    /** Runs {@code work} in one transaction (joining an outer one); it commits only when work returns. */
    public <T> T inTransaction(Work<T> work) {
        if (depth > 0) {
            return call(work);
        }
        try {
            connection.setAutoCommit(false);
            depth++;
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw failure(file, e);
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        } finally {
            depth = 0;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next call reports it
            }
        }
    }

    // ------------------------------------------------------------------ people

    /** The sender's key, stored with each check so a batch knows whose check it was. */
    public static String senderKey(Profile me) {
        return Names.key(me.name(), company(me), null);
    }

    /** The person this profile belongs to, created on {@code day} when the journal has not seen them. */
    public Person person(Profile p, LocalDate day) {
        return person(p.name(), company(p), null, day);
    }

    public Person person(String name, String company, String url, LocalDate day) {
        return inTransaction(() -> find(name, company, url).orElseGet(() -> insert(name, company, url, day)));
    }

    /** The person this profile belongs to, if the journal knows them (filling in a company the entry lacked). */
    public Optional<Person> find(Profile p) {
        return call(() -> find(p.name(), company(p), null));
    }

    /**
     * Recognises a person by profile URL, else by name and company, else by name alone when the
     * earlier entry had no company (a mark or an import that only knew the name); that entry
     * then learns the company and URL.
     */
    private Optional<Person> find(String name, String company, String url) throws SQLException {
        Optional<String> u = Urls.profileKey(url);
        if (u.isPresent()) {
            Optional<Person> byUrl = first("SELECT * FROM people WHERE url = ?", u.get());
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        String n = Names.person(name);
        String c = Names.company(company);
        Optional<Person> exact = first("SELECT * FROM people WHERE name_norm = ? AND company_norm = ?"
                + " AND (url IS NULL OR ? IS NULL OR url = ?)", n, c, u.orElse(null), u.orElse(null));
        if (exact.isPresent()) {
            return exact.map(p -> adopt(p, company, u));
        }
        List<Person> loose = c.isEmpty()
                ? list("SELECT * FROM people WHERE name_norm = ?", n)
                : list("SELECT * FROM people WHERE name_norm = ? AND company_norm = ''", n);
        if (u.isPresent()) {
            loose = loose.stream().filter(p -> p.url() == null).toList();
        }
        return loose.size() == 1 ? Optional.of(adopt(loose.get(0), company, u)) : Optional.empty();
    }

    private Person adopt(Person p, String company, Optional<String> url) {
        boolean newCompany = p.company().isBlank() && company != null && !company.isBlank();
        boolean newUrl = p.url() == null && url.isPresent();
        if (!newCompany && !newUrl) {
            return p;
        }
        String co = newCompany ? company.strip() : p.company();
        String u = newUrl ? url.get() : p.url();
        String key = Names.key(p.name(), co, u);
        return call(() -> {
            update("UPDATE people SET company = ?, company_norm = ?, url = ?, key = ? WHERE id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM people WHERE key = ? AND id <> ?)",
                    co, Names.company(co), u, key, p.id(), key, p.id());
            return new Person(p.id(), key, p.name(), co, u);
        });
    }

    private Person insert(String name, String company, String url, LocalDate day) {
        String n = name == null ? "" : name.strip();
        if (Names.person(n).isEmpty()) {
            throw Messages.error("journal.no-name");
        }
        String co = company == null ? "" : company.strip();
        String u = Urls.profileKey(url).orElse(null);
        String key = Names.key(n, co, u);
        return call(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO people(key, name, name_norm, company, company_norm, url, created) VALUES (?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, key, n, Names.person(n), co, Names.company(co), u, day.toString());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return new Person(rs.getLong(1), key, n, co, u);
                }
            }
        });
    }

    /** Everyone whose name (or profile URL) matches what the user typed, for mark and forget. */
    public List<Person> named(String nameOrUrl) {
        return call(() -> {
            Optional<String> u = Urls.profileKey(nameOrUrl);
            if (u.isPresent()) {
                return list("SELECT * FROM people WHERE url = ?", u.get());
            }
            return list("SELECT * FROM people WHERE name_norm = ? ORDER BY id", Names.person(nameOrUrl));
        });
    }

    /** The people whose name has every word of {@code part} as a whole word ("Amara", "okonkwo", "Amara O" does not). */
    private List<Person> partlyNamed(String part) {
        String words = " " + Names.person(part) + " ";
        if (words.isBlank()) {
            return List.of();
        }
        return call(() -> list("SELECT * FROM people ORDER BY id")).stream()
                .filter(p -> java.util.Arrays.stream(words.strip().split(" ")).allMatch(w -> (" " + Names.person(p.name()) + " ").contains(" " + w + " ")))
                .toList();
    }

    /**
     * Exactly one person by name (and company, when given), or by part of the name when no name is the same; an
     * ambiguous name is an error that lists the candidates.
     */
    public Optional<Person> one(String nameOrUrl, String company) {
        List<Person> found = named(nameOrUrl);
        if (found.isEmpty() && Urls.profileKey(nameOrUrl).isEmpty()) {
            // "Amara" for "Amara Okonkwo", as `log` finds her: marking "Amara" had made a second person of her
            found = partlyNamed(nameOrUrl);
        }
        if (company != null && !company.isBlank()) {
            String c = Names.company(company);
            found = found.stream().filter(p -> Names.company(p.company()).equals(c)).toList();
        }
        if (found.size() > 1) {
            throw new RapportException(Messages.get("journal.ambiguous", nameOrUrl, found.size(),
                    String.join("; ", found.stream().map(Person::label).toList())), RapportException.USAGE, null);
        }
        return found.stream().findFirst();
    }

    // ------------------------------------------------------------------ history and budget

    public OutreachHistory history(Optional<Person> person, LocalDate today, int monthlyNotes) {
        List<OutreachHistory.Event> events = person.isEmpty() ? List.of() : events(person.get());
        return new OutreachHistory(today, events, budget(today, monthlyNotes));
    }

    /** Personalised notes sent this calendar month (marks "sent" that carried a note) against {@code limit}. */
    public NoteBudget budget(LocalDate today, int limit) {
        YearMonth month = YearMonth.from(today);
        int used = call(() -> count("SELECT COUNT(*) FROM marks WHERE kind = 'sent' AND with_note = 1 AND day BETWEEN ? AND ?",
                month.atDay(1).toString(), month.atEndOfMonth().toString()));
        return new NoteBudget(used, limit, month.plusMonths(1).atDay(1));
    }

    /** The marks set for this person, oldest first. */
    public List<OutreachHistory.Event> events(Person person) {
        return call(() -> marks(person.id()));
    }

    private List<OutreachHistory.Event> marks(long personId) throws SQLException {
        List<OutreachHistory.Event> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT kind, day, with_note FROM marks WHERE person_id = ? ORDER BY day, id")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Mark> m = Mark.parse(rs.getString(1));
                    if (m.isPresent()) {
                        out.add(new OutreachHistory.Event(m.get(), LocalDate.parse(rs.getString(2)), rs.getInt(3) != 0));
                    }
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ recording

    /** Records one check and the notes that passed the gate; returns the check's id. */
    public long recordCheck(Person person, Verdict verdict, List<Note> notes, LocalDate day, String sender, String why) {
        return inTransaction(() -> {
            long id;
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO checks(person_id, day, decision, warrant, reasons, sender, why) VALUES (?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, person.id(), day.toString(), verdict.decision().id(), verdict.warrant(),
                        reasonsJson(verdict.reasons()), sender == null ? "" : sender, why == null ? "" : why);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            insertNotes(person, id, notes, day);
            return id;
        });
    }

    /**
     * Notes drafted again for the person's latest check (a refinement, a new limit, "start over"): they take the place of
     * the notes recorded for that check, so the journal holds the notes drafted, not one more row for every refinement
     * (a hand session's log said "Notes 11" for one note refined ten times).
     */
    public void recordNotes(Person person, List<Note> notes, LocalDate day) {
        inTransaction(() -> {
            Long check = null;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT MAX(id) FROM checks WHERE person_id = ?")) {
                ps.setLong(1, person.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        check = rs.getLong(1);
                    }
                }
            }
            if (!notes.isEmpty()) {
                try (PreparedStatement ps = connection.prepareStatement(check == null
                        ? "DELETE FROM notes WHERE person_id = ? AND check_id IS NULL"
                        : "DELETE FROM notes WHERE person_id = ? AND check_id = ?")) {
                    ps.setLong(1, person.id());
                    if (check != null) {
                        ps.setLong(2, check);
                    }
                    ps.executeUpdate();
                }
            }
            insertNotes(person, check, notes, day);
            return null;
        });
    }

    private void insertNotes(Person person, Long check, List<Note> notes, LocalDate day) throws SQLException {
        if (notes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO notes(person_id, check_id, day, text, angle, chars) VALUES (?,?,?,?,?,?)")) {
            for (Note n : notes) {
                bind(ps, person.id(), check, day.toString(), n.text(), n.angle() == null ? "" : n.angle(), n.chars());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Sets a mark for the person with this name (created when unknown); {@code withNote} matters for "sent". */
    public Person mark(String nameOrUrl, String company, Mark mark, LocalDate day, boolean withNote) {
        return inTransaction(() -> {
            Optional<String> url = Urls.profileKey(nameOrUrl);
            Person p = one(nameOrUrl, company).orElseGet(() -> url.isPresent()
                    ? insert(urlName(url.get()), company, url.get(), day)
                    : insert(nameOrUrl, company, null, day));
            mark(p, mark, day, withNote, "user");
            return p;
        });
    }

    private boolean mark(Person p, Mark mark, LocalDate day, boolean withNote, String source) throws SQLException {
        // the user's word replaces an earlier mark of the same day; an import never overrides anything
        String onConflict = source.equals("user")
                ? " ON CONFLICT(person_id, kind, day) DO UPDATE SET with_note = excluded.with_note, source = excluded.source"
                : " ON CONFLICT(person_id, kind, day) DO NOTHING";
        return update("INSERT INTO marks(person_id, kind, day, with_note, source) VALUES (?,?,?,?,?)" + onConflict,
                p.id(), mark.id(), day.toString(), withNote ? 1 : 0, source) > 0;
    }

    /** Outgoing invitations from Invitations.csv become "sent" marks; rows already recorded are skipped. */
    public ImportResult importInvitations(List<Invitation> invitations, int incoming) {
        return inTransaction(() -> {
            int added = 0;
            for (Invitation inv : invitations) {
                Person p = find(inv.to(), "", inv.url()).orElseGet(() -> insert(inv.to(), "", inv.url(), inv.sent()));
                if (mark(p, Mark.SENT, inv.sent(), inv.withNote(), "import")) {
                    added++;
                }
            }
            return new ImportResult(added, invitations.size() - added, incoming);
        });
    }

    /** Deletes everything about these people: the person, checks, notes and marks. */
    public int forget(List<Person> people) {
        int n = inTransaction(() -> {
            int deleted = 0;
            for (Person p : people) {
                deleted += update("DELETE FROM people WHERE id = ?", p.id());
            }
            return deleted;
        });
        // move the deletion out of the write-ahead log into the main file, where secure_delete zeroed it
        call(() -> {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
        return n;
    }

    // ------------------------------------------------------------------ reading back

    /**
     * The latest check of this person on {@code day} by this sender for this reason, with its notes;
     * none when the person was marked (sent, accepted…) that day or later, since a mark keeps only its
     * day and may have come after the check, changing the verdict (accepted: a follow-up, no invitation).
     */
    public Optional<StoredCheck> checkedOn(Person person, LocalDate day, String sender, String why) {
        return call(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, decision, warrant, reasons FROM checks WHERE person_id = ? AND day = ? AND sender = ? AND why = ?"
                            + " AND NOT EXISTS (SELECT 1 FROM marks WHERE marks.person_id = checks.person_id AND marks.day >= checks.day)"
                            + " ORDER BY id DESC LIMIT 1")) {
                bind(ps, person.id(), day.toString(), sender, why == null ? "" : why);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long id = rs.getLong(1);
                    return Optional.of(new StoredCheck(person, day, rs.getString(2), rs.getInt(3),
                            reasons(rs.getString(4)), notesOf(id)));
                }
            }
        });
    }

    private List<Note> notesOf(long checkId) throws SQLException {
        List<Note> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT text, angle FROM notes WHERE check_id = ? ORDER BY id")) {
            ps.setLong(1, checkId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Note.of(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** Everyone in the journal (or everyone with this name), most recently active first. */
    public List<LogEntry> log(String nameOrUrl) {
        return call(() -> {
            List<Person> people = nameOrUrl == null || nameOrUrl.isBlank()
                    ? list("SELECT * FROM people") : named(nameOrUrl);
            Map<Long, LogEntry> entries = new LinkedHashMap<>();
            Map<Long, String> activity = new LinkedHashMap<>();
            for (Person p : people) {
                Optional<LogEntry.LastCheck> last = Optional.empty();
                try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT day, decision, warrant FROM checks WHERE person_id = ? ORDER BY day DESC, id DESC LIMIT 1")) {
                    ps.setLong(1, p.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            last = Optional.of(new LogEntry.LastCheck(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getInt(3)));
                        }
                    }
                }
                List<OutreachHistory.Event> marks = marks(p.id());
                int notes = count("SELECT COUNT(*) FROM notes WHERE person_id = ?", p.id());
                entries.put(p.id(), new LogEntry(p, last, marks, notes));
                String latest = last.map(l -> l.day().toString()).orElse("");
                for (OutreachHistory.Event e : marks) {
                    latest = e.on().toString().compareTo(latest) > 0 ? e.on().toString() : latest;
                }
                activity.put(p.id(), latest);
            }
            return entries.values().stream()
                    .sorted((a, b) -> {
                        int byDay = activity.get(b.person().id()).compareTo(activity.get(a.person().id()));
                        return byDay != 0 ? byDay : a.person().name().compareToIgnoreCase(b.person().name());
                    })
                    .toList();
        });
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    // ------------------------------------------------------------------ helpers

    private static String company(Profile p) {
        return p.currentPosition().map(Position::company).orElse("");
    }

    private static String urlName(String url) {
        String last = url.substring(url.lastIndexOf('/') + 1).replace('-', ' ').strip();
        return last.isEmpty() ? url : last;
    }

    private <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    private Optional<Person> first(String sql, Object... args) throws SQLException {
        List<Person> found = list(sql, args);
        return found.stream().findFirst();
    }

    private List<Person> list(String sql, Object... args) throws SQLException {
        List<Person> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Person(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                            rs.getString("company"), rs.getString("url")));
                }
            }
        }
        return out;
    }

    private int count(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    /**
     * The reasons as a JSON array of {"rule","severity","message"}, written and read with Jackson's streaming
     * API: its data binding (some 350 classes and an ObjectMapper) would double a cold check's JSON cost.
     */
    private static String reasonsJson(List<Reason> reasons) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Reason r : reasons) {
                g.writeStartObject();
                g.writeStringField("rule", r.rule());
                g.writeStringField("severity", r.severity().id());
                g.writeStringField("message", r.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write reasons", e);
        }
        return out.toString();
    }

    /** The reasons a row keeps; a row that is not such an array gives none (a damaged row never stops a listing). */
    private static List<Reason> reasons(String json) {
        List<Reason> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json == null ? "" : json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return List.of();
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> fields = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    } else if (value != JsonToken.VALUE_NULL) {
                        fields.put(name, p.getText());
                    }
                }
                out.add(new Reason(fields.get("rule"), severity(fields.get("severity")), fields.get("message")));
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(out);
    }

    private static Severity severity(String id) {
        try {
            return Severity.valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Severity.INFO;
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing more to undo; the original failure is what matters
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }

    static RapportException failure(Path file, SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
            return Messages.error("journal.busy", file);
        }
        if (m.contains("SQLITE_READONLY") || m.contains("readonly database")) {
            return Messages.error("journal.read-only", file);
        }
        if (m.contains("SQLITE_CANTOPEN") || m.contains("unable to open")) {
            return Messages.error("journal.cannot-open", file);
        }
        if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")) {
            return Messages.error("journal.corrupt", file);
        }
        if (m.contains("SQLITE_FULL") || m.contains("disk is full")) {
            return Messages.error("journal.full", file);
        }
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return Messages.error("journal.not-a-database", file);
        }
        return new RapportException(Messages.get("journal.failed", file, m), RapportException.INPUT, e);
    }
}
