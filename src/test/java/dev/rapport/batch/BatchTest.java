package dev.rapport.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.app.Advisor;
import dev.rapport.app.JournalLog;
import dev.rapport.app.DraftOptions;
import dev.rapport.app.OutreachLog;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.journal.Journal;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    static final int N = 1000;
    static final List<Integer> BROKEN = List.of(17, 333, 998);

    @TempDir
    static Path dir;
    static Path folder;
    static Profile me;
    static Advisor advisor;

    @BeforeAll
    static void generate() throws IOException {
        folder = dir.resolve("targets");
        List<Path> files = GeneratedTargets.write(folder, N);
        // a few that cannot be read: empty, binary, and a JSON Resume that is not JSON
        Files.writeString(files.get(BROKEN.get(0)), "   \n");
        Files.write(files.get(BROKEN.get(1)), new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7, 8});
        Files.writeString(files.get(BROKEN.get(2)), "{\"basics\": {\"name\": \"Broken\", ");
        me = ProfileReaders.read(GeneratedTargets.SENDER);
        advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> TODAY, OutreachLog.NONE);
    }

    private static BatchOptions options(boolean again, int budget, boolean ignoreBudget) {
        return new BatchOptions(GeneratedTargets.WHY, DraftOptions.DEFAULT, again, ignoreBudget, budget, BatchOptions.CHUNK);
    }

    @Test
    void aThousandTargetsGiveVerdictsForAllNotesOnlyForConnectAndReportTheUnreadable() throws Exception {
        Path db = dir.resolve("thousand.db");
        List<Row> rows = new ArrayList<>();
        Summary summary;
        try (JournalLog journal = new JournalLog(db, 0)) {
            summary = new BatchRunner(advisor, Optional.of(journal), TODAY, options(false, 0, false))
                    .run(me, Targets.expand(List.of(folder.toString())), rows::add, (d, t, r) -> { });
        }
        assertThat(rows).hasSize(N);
        assertThat(summary.total()).isEqualTo(N);
        assertThat(summary.unreadable()).isEqualTo(BROKEN.size());
        for (int i = 0; i < N; i++) {
            Row row = rows.get(i);
            assertThat(row.source()).endsWith(String.format("target-%04d.txt", i));
            if (BROKEN.contains(i)) {
                assertThat(row.failed()).isTrue();
                assertThat(row.error()).contains(String.format("target-%04d.txt", i)).doesNotContain("\n");
                continue;
            }
            assertThat(row.failed()).as(row.source()).isFalse();
            assertThat(row.notes().isEmpty()).as(row.source() + " " + row.verdict())
                    .isEqualTo(!row.verdict().equals(Decision.CONNECT.id()));
            // strangers, with a post or with a policy against pitches, are followed first when the aim is reconnecting
            String expected = GeneratedTargets.kind(i) == 0 ? "connect" : "follow-first";
            assertThat(row.verdict()).as(row.source()).isEqualTo(expected);
        }
        assertThat(summary.count(Decision.CONNECT) + summary.count(Decision.FOLLOW_FIRST)
                + summary.count(Decision.DO_NOT_CONNECT)).isEqualTo(N - BROKEN.size());
        assertThat(summary.topReasons(3)).isNotEmpty();
        assertThat(summary.table()).contains("connect").contains("unreadable").contains(Integer.toString(N));
        assertThat(count(db, "SELECT COUNT(*) FROM checks")).isEqualTo(N - BROKEN.size());
        assertThat(count(db, "SELECT COUNT(DISTINCT person_id) FROM checks")).isEqualTo(N - BROKEN.size());
    }

    @Test
    void rerunningTheSameDayResumesFromTheJournalUnlessAskedAgain() throws Exception {
        Path small = dir.resolve("small");
        GeneratedTargets.write(small, 60);
        Path db = dir.resolve("resume.db");
        List<Row> first = new ArrayList<>();
        List<Row> second = new ArrayList<>();
        List<Row> third = new ArrayList<>();
        try (JournalLog journal = new JournalLog(db, 0)) {
            List<Target> targets = Targets.expand(List.of(small.toString()));
            new BatchRunner(advisor, Optional.of(journal), TODAY, options(false, 0, false)).run(me, targets, first::add, (d, t, r) -> { });
            Summary s2 = new BatchRunner(advisor, Optional.of(journal), TODAY, options(false, 0, false)).run(me, targets, second::add, (d, t, r) -> { });
            assertThat(s2.resumed()).isEqualTo(60);
            assertThat(count(db, "SELECT COUNT(*) FROM checks")).isEqualTo(60);
            Summary s3 = new BatchRunner(advisor, Optional.of(journal), TODAY, options(true, 0, false)).run(me, targets, third::add, (d, t, r) -> { });
            assertThat(s3.resumed()).isZero();
        }
        assertThat(second).allMatch(Row::resumed);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).verdict()).isEqualTo(first.get(i).verdict());
            assertThat(second.get(i).notes()).isEqualTo(first.get(i).notes());
            assertThat(second.get(i).reasons()).isEqualTo(first.get(i).reasons());
        }
        assertThat(count(db, "SELECT COUNT(*) FROM checks")).isEqualTo(120);
    }

    /** "mark Ramon accepted" between two runs of the same batch: the second run must not offer him an invitation note. */
    @Test
    void aRerunChecksAgainSomeoneMarkedSinceTheFirstRun() throws Exception {
        Path small = dir.resolve("marked");
        GeneratedTargets.write(small, 30); // ten colleagues (connect)
        List<Target> targets = Targets.expand(List.of(small.toString()));
        List<Row> first = new ArrayList<>();
        List<Row> second = new ArrayList<>();
        try (JournalLog journal = new JournalLog(dir.resolve("marked.db"), 0)) {
            new BatchRunner(advisor, Optional.of(journal), TODAY, options(false, 0, false)).run(me, targets, first::add, (d, t, r) -> { });
            Row invited = first.stream().filter(r -> r.verdict().equals("connect") && !r.notes().isEmpty()).findFirst().orElseThrow();
            journal.journal().mark(invited.name(), null, dev.rapport.etiquette.Mark.ACCEPTED, TODAY, true);
            Summary s = new BatchRunner(advisor, Optional.of(journal), TODAY, options(false, 0, false)).run(me, targets, second::add, (d, t, r) -> { });
            assertThat(s.resumed()).isEqualTo(first.size() - 1);
            Row again = second.stream().filter(r -> r.source().equals(invited.source())).findFirst().orElseThrow();
            assertThat(again.resumed()).isFalse();
            assertThat(again.reasons()).extracting(dev.rapport.etiquette.Reason::rule).contains("follow-up");
            assertThat(again.notes()).isEmpty();
        }
    }

    @Test
    void theNoteBudgetStopsDraftingUnlessIgnored() throws Exception {
        Path small = dir.resolve("budget");
        GeneratedTargets.write(small, 30); // ten colleagues (connect)
        List<Target> targets = Targets.expand(List.of(small.toString()));
        List<Row> kept = new ArrayList<>();
        List<Row> ignored = new ArrayList<>();
        try (JournalLog journal = new JournalLog(dir.resolve("budget.db"), 0)) {
            journal.journal().mark("Someone Else", null, dev.rapport.etiquette.Mark.SENT, TODAY.withDayOfMonth(2), true);
            Summary s = new BatchRunner(advisor, Optional.of(journal), TODAY, options(false, 3, false))
                    .run(me, targets, kept::add, (d, t, r) -> { });
            assertThat(s.withNotes()).isEqualTo(2);
            assertThat(s.overBudget()).isEqualTo(8);
            new BatchRunner(advisor, Optional.of(journal), TODAY, options(true, 3, true)).run(me, targets, ignored::add, (d, t, r) -> { });
        }
        List<Row> connects = kept.stream().filter(r -> r.verdict().equals("connect")).toList();
        assertThat(connects).hasSize(10);
        assertThat(connects.subList(2, 10)).allSatisfy(r -> {
            assertThat(r.notes()).isEmpty();
            assertThat(r.notice()).contains("1 December 2026");
            assertThat(r.reasons()).extracting(dev.rapport.etiquette.Reason::rule).contains("note-budget");
        });
        assertThat(ignored.stream().filter(r -> r.verdict().equals("connect"))).allMatch(r -> !r.notes().isEmpty());
    }

    @Test
    void csvAndJsonlRowsAreTargetsAndEveryOutputFormatCarriesEveryRow() throws Exception {
        Path csv = Files.writeString(dir.resolve("people.csv"), """
                \uFEFFname,headline,company,title,about,url
                Priya Raman,Director of Product,Tallyport,Director of Product,"Previously at Stripewell, payments risk.",https://www.linkedin.com/in/priya-raman/
                ,no name here,Acme,,,
                Jonas Berg,Head of Procurement,Northwind Freight,Head of Procurement,"No recruiters and no sales pitches, please.",
                """);
        Path jsonl = Files.writeString(dir.resolve("people.jsonl"), """
                {"basics":{"name":"Wei Zhang","label":"Data engineer","profiles":[{"network":"LinkedIn","url":"https://linkedin.com/in/weizhang"}]},"work":[{"name":"Cedar Labs","position":"Data engineer","startDate":"2020-01"}]}

                {"basics": not json}
                """);
        List<Target> targets = Targets.expand(List.of(csv.toString(), jsonl.toString()));
        assertThat(targets).extracting(Target::source).containsExactly(
                csv + ", row 2", csv + ", row 3", csv + ", row 4", jsonl + ", row 1", jsonl + ", row 3");
        assertThat(targets.get(0).url()).contains("priya-raman");
        assertThat(targets.get(3).url()).contains("weizhang");
        for (OutputFormat format : OutputFormat.values()) {
            List<Row> rows = new ArrayList<>();
            java.io.StringWriter text = new java.io.StringWriter();
            try (RowWriter writer = RowWriter.of(format, text)) {
                new BatchRunner(advisor, Optional.empty(), TODAY, options(false, 0, false))
                        .run(me, targets, r -> {
                            rows.add(r);
                            writer.write(r);
                        }, (d, t, r) -> { });
            }
            assertThat(rows).extracting(Row::failed).containsExactly(false, true, false, false, true);
            String out = text.toString();
            switch (format) {
                case CSV -> assertThat(out.lines()).hasSize(6).first().asString().startsWith("source,name,verdict,warrant,reasons");
                case JSONL -> {
                    List<String> lines = out.lines().toList();
                    assertThat(lines).hasSize(5);
                    JsonNode first = new ObjectMapper().readTree(lines.get(0));
                    assertThat(first.path("verdict").asText()).isNotBlank();
                    assertThat(new ObjectMapper().readTree(lines.get(1)).path("error").asText()).contains("no name");
                }
                case MARKDOWN -> assertThat(out.lines()).hasSize(7).allMatch(l -> l.startsWith("|") && l.endsWith("|"));
            }
        }
    }

    @Test
    void aTieTheReasonStatesCountsOnlyForATargetWhoseProfileNamesIt() throws Exception {
        // hand session 13: "we both trained in audit at Calder & Wharfe" gave every target connect 93 and that line
        Path ties = Files.createDirectories(dir.resolve("ties"));
        Profile hannah = ProfileReaders.read(Files.writeString(ties.resolve("me.txt"), """
                Hannah Whitcombe
                Senior Recruitment Consultant at Aireside Talent

                Experience
                Senior Recruitment Consultant
                Aireside Talent
                Mar 2022 - Present

                Audit Associate
                Calder & Wharfe LLP
                Sep 2014 - Aug 2018
                """));
        Path amara = Files.writeString(ties.resolve("amara.txt"), """
                Amara Okonkwo
                Financial Controller at Otley Brewing Co.

                Experience
                Financial Controller
                Otley Brewing Co.
                2020 - Present

                Audit Senior
                Calder & Wharfe LLP
                2013 - 2019
                """);
        Path joanne = Files.writeString(ties.resolve("joanne.txt"), """
                Joanne Pickering
                Payroll Manager at Harewood Logistics

                Experience
                Payroll Manager
                Harewood Logistics
                2017 - Present
                """);
        List<Row> rows = new ArrayList<>();
        BatchOptions why = new BatchOptions("we both trained in audit at Calder & Wharfe", DraftOptions.DEFAULT, false, false, 0,
                BatchOptions.CHUNK);
        new BatchRunner(advisor, Optional.empty(), TODAY, why)
                .run(hannah, Targets.expand(List.of(amara.toString(), joanne.toString())), rows::add, (d, t, r) -> { });
        assertThat(rows.get(0).verdict()).isEqualTo(Decision.CONNECT.id());
        assertThat(rows.get(0).notice()).isEmpty();
        assertThat(rows.get(1).verdict()).isNotEqualTo(Decision.CONNECT.id());
        assertThat(rows.get(1).notes()).noneMatch(n -> n.text().contains("Calder"));
        assertThat(rows.get(1).notice()).contains("does not name Calder & Wharfe");
        // a tie that names no place ("we both trained there") counts only where the profiles share an employer
        List<Row> unplaced = new ArrayList<>();
        BatchOptions there = new BatchOptions("I trained in audit years ago and we both trained there, so I'd like to reconnect",
                DraftOptions.DEFAULT, false, false, 0, BatchOptions.CHUNK);
        new BatchRunner(advisor, Optional.empty(), TODAY, there)
                .run(hannah, Targets.expand(List.of(amara.toString(), joanne.toString())), unplaced::add, (d, t, r) -> { });
        assertThat(unplaced.get(0).verdict()).isEqualTo(Decision.CONNECT.id());
        assertThat(unplaced.get(0).notice()).isEmpty();
        assertThat(unplaced.get(1).verdict()).isNotEqualTo(Decision.CONNECT.id());
        assertThat(unplaced.get(1).notes()).noneMatch(n -> n.text().contains("trained there"));
        assertThat(unplaced.get(1).notice()).contains("shares no employer with yours");
        // a meeting at a named event is no place a profile shows: a batch of the people met there keeps the user's word for
        // each (a founder's five investors met at one meetup were all follow-first)
        List<Row> met = new ArrayList<>();
        BatchOptions meetup = new BatchOptions("We met at the Leeds Finance Forum last month and talked about month-end close",
                DraftOptions.DEFAULT, false, false, 0, BatchOptions.CHUNK);
        new BatchRunner(advisor, Optional.empty(), TODAY, meetup)
                .run(hannah, Targets.expand(List.of(amara.toString(), joanne.toString())), met::add, (d, t, r) -> { });
        assertThat(met).allSatisfy(row -> {
            assertThat(row.verdict()).isEqualTo(Decision.CONNECT.id());
            assertThat(row.notice()).isEmpty();
        });
    }

    static int count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
