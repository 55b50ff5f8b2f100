package dev.rapport.repl;

import static dev.rapport.repl.Fixtures.ADVISOR;
import static dev.rapport.repl.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.app.Session;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Decision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Offline refinements in scripted sessions over every example pair, through the conversation the
 * REPL runs: each request, in a fresh session, either changes note 1 as asked (the asked words
 * present or absent, the length moved the asked way, the greeting and the sign-off kept) or
 * answers "Unchanged:" with a reason and leaves the note exactly as it was; questions are
 * answered. Never "Redrafted" with the same note, never "needs an LLM engine". The table of
 * pair x request is written to target/refinement-table.md.
 */
class ScriptedRefinementsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    // the warm tone's closes and openers, and the warm forms of each purpose's close (phrases.yaml warmClosers)
    private static final Pattern WARM = Pattern.compile("Warm wishes|All the best to you|Hope your week is going well|I hope (?:things|the year|all)"
            + "|(?i:\\breally\\b|\\bso much\\b)|So glad|Great meeting you|Would love|lovely|Let's keep in touch!|Hope to see you");
    private static final Map<String, Map<String, String>> TABLE = new java.util.TreeMap<>();

    /** What each request must do to the note when it says "Changed:" (before, after) -> the failure, or null. */
    private static final Map<String, BiFunction<String, String, String>> REQUESTS = new LinkedHashMap<>();

    /** What the answer must say, beyond Changed/Unchanged, for some requests. */
    private static final Map<String, Pattern> ANSWER = new LinkedHashMap<>();

    static {
        REQUESTS.put("mention that we talked about freezer temperature logging",
                (b, a) -> a.contains("freezer temperature logging") ? null : "the topic is not in the note");
        REQUESTS.put("mention that I'm also in Austin", (b, a) -> a.contains("Austin") ? null : "Austin is not in the note");
        REQUESTS.put("longer", (b, a) -> a.length() > b.length() ? null : "not longer");
        REQUESTS.put("shorter", (b, a) -> a.length() < b.length() ? keptWho(b, a) : "not shorter");
        REQUESTS.put("shorter and warmer", (b, a) -> a.length() >= b.length() && !WARM.matcher(a).find() ? "neither shorter nor warmer" : kept(b, a));
        // (a warm greeting alone counts when the note has no room for a warm close: the answer then says only the greeting changed)
        REQUESTS.put("warmer", (b, a) -> WARM.matcher(a).find() || a.strip().startsWith("Hi ") && !b.strip().startsWith("Hi ") ? kept(b, a) : "no warm words");
        REQUESTS.put("more formal", (b, a) -> kept(b, a));
        REQUESTS.put("don't mention the conference", (b, a) -> a.matches("(?is).*\\b(?:conference|DevOpsDays)\\b.*") ? "the event is still there"
                : a.matches("(?s).*\\b(?:they|them|their)\\b.*") ? "a pronoun points at what went" : null);
        REQUESTS.put("mention the panel", (b, a) -> a.toLowerCase(Locale.ROOT).contains("panel") && !a.contains("There is also panel") ? null : "no panel");
        REQUESTS.put("remove \"It has been a few years\"", (b, a) -> a.contains("It has been") || a.contains("too long") ? "the sentence or its twin is there" : null);
        REQUESTS.put("make it sound less like a template", (b, a) -> null);
        REQUESTS.put("more personal", (b, a) -> null);
        REQUESTS.put("it was last month, not years ago", (b, a) -> a.matches("(?s).*(?:few years|years ago|too long|our time at).*") ? "still says years" : null);
        REQUESTS.put("I'm the candidate, not the one hiring", (b, a) -> a.matches("(?is).*\\b(?:I am|I'm) hiring\\b.*") ? "still hiring" : null);
        REQUESTS.put("drop the question", (b, a) -> count(a, '?') < count(b, '?') ? null : "the question is still there");
        REQUESTS.put("keep the question", (b, a) -> a.contains("?") ? null : "no question");
        REQUESTS.put("shorter but keep the question", (b, a) -> count(a, '?') >= Math.min(1, count(b, '?')) && a.length() < b.length()
                ? keptWho(b, a) : "the question went, or it is not shorter");
        REQUESTS.put("keep my question about the talk", (b, a) -> a.contains("talk") && a.contains("?") ? null : "no question about the talk");
        REQUESTS.put("shorter and sign it with my name", (b, a) -> a.length() >= b.length() && a.equals(b) ? "neither shorter nor signed" : keptWho(b, a));
        REQUESTS.put("sign it with my name", (b, a) -> a.matches("(?s).*\\s\\p{Lu}\\p{L}+$") && !b.matches("(?s).*\\s\\p{Lu}\\p{L}+$") ? null : "not signed");
        REQUESTS.put("add my name", (b, a) -> a.matches("(?s).*\\s\\p{Lu}\\p{L}+$") ? null : "not signed");
        REQUESTS.put("end with a question", (b, a) -> a.contains("?") ? null : "no question");
        REQUESTS.put("drop the last line", (b, a) -> a.length() < b.length() ? kept(b, a) : "not shorter");
        REQUESTS.put("start with the talk", (b, a) -> a.substring(a.indexOf(',') + 1).split("[.?!]")[0].contains("talk") ? null : "the talk does not lead");
        REQUESTS.put("longer and frobnicate the widget", (b, a) -> a.length() > b.length() ? null : "not longer");
        // What every part of a request did is in the answer: the part not understood is named, never dropped in silence.
        ANSWER.put("shorter and sign it with my name", Pattern.compile("(?s).*(?:Signed it|already signed|no name to sign|no room left to sign).*"));
        ANSWER.put("longer and frobnicate the widget", Pattern.compile("(?s).*I did not understand “frobnicate the widget”.*"));
    }



    private static final List<String> QUESTIONS = List.of("what would make this OK?", "why does it mention %s?");

    @TempDir
    Path dir;

    /** Development pairs of the cases (a booth visit, an applicant, a month-old meeting, current colleagues). */
    private static final List<String> DEV = List.of("01-trade-show-booth", "02-applied-for-role", "03-meetup-last-month", "04-current-colleagues");
    private static final Path DEV_PAIRS = Path.of("src", "test", "resources", "dev-pairs").toAbsolutePath();

    static java.util.stream.Stream<String> pairs() throws IOException {
        return java.util.stream.Stream.concat(ExamplePairsTest.pairs(), DEV.stream().map(p -> "dev/" + p));
    }

    private static Path dir(String pair) {
        return pair.startsWith("dev/") ? DEV_PAIRS.resolve(pair.substring(4)) : Fixtures.pair(pair);
    }

    private static Path file(String pair, String who) {
        return pair.startsWith("dev/") ? dir(pair).resolve(who + ".txt") : profile(pair, who);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void everyRequestChangesTheNoteAsAskedOrSaysWhyItCouldNot(String pair) throws IOException {
        JsonNode spec = YAML.readTree(dir(pair).resolve("pair.yaml").toFile());
        List<String> start = List.of("/me " + file(pair, "me"), "/them " + file(pair, "them"),
                "/limit " + spec.path("limit").asInt(300), "/why " + spec.get("why").asText());
        Run base = run(start, List.of());
        Session s = base.session;
        boolean notes = s.assessment().verdict().decision() == Decision.CONNECT && !s.assessment().notes().isEmpty();
        String before = notes ? s.assessment().notes().get(0).text() : "";
        List<String> failures = new ArrayList<>();
        Map<String, String> row = TABLE.computeIfAbsent(pair, k -> new LinkedHashMap<>());
        for (var request : REQUESTS.entrySet()) {
            Run r = run(start, List.of(request.getKey()));
            String answer = r.said.substring(base.said.length()).strip();
            String outcome = judge(notes, before, r, answer, request.getValue());
            Pattern says = ANSWER.get(request.getKey());
            if (notes && says != null && !outcome.startsWith("FAILED") && !says.matcher(answer).matches()) {
                outcome = "FAILED: a part of the request is not reported";
            }
            row.put(request.getKey(), outcome);
            if (outcome.startsWith("FAILED")) {
                failures.add(request.getKey() + " -> " + outcome + "\n" + answer);
            }
        }
        for (String q : QUESTIONS) {
            String asked = q.contains("%s") ? q.formatted(word(before)) : q;
            Run r = run(start, List.of(asked));
            String answer = r.said.substring(base.said.length()).strip();
            boolean same = !notes || r.session.assessment().notes().get(0).text().equals(before);
            String outcome = !notes ? refusal(answer) : same && !answer.isBlank() && !answer.startsWith("Unchanged:")
                    && !answer.contains("needs an LLM engine") ? "answered" : "FAILED: not answered";
            row.put(q.replace("%s", "…"), outcome);
            if (outcome.startsWith("FAILED")) {
                failures.add(asked + " -> " + outcome + "\n" + answer);
            }
        }
        assertThat(failures).as(pair).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aCorrectedTimeHoldsForEveryNoteOffered() {
        Run r = run(List.of("/me " + profile("03-met-at-meetup", "me"), "/them " + profile("03-met-at-meetup", "them"),
                "/why we met at DevOpsDays Denver last week after her talk on on-call fatigue"), List.of("/pick 2", "it was two weeks ago"));
        List<Note> notes = r.session.assessment().notes();
        assertThat(notes).hasSizeGreaterThan(1);
        assertThat(notes).allSatisfy(n -> assertThat(n.text()).doesNotContain("last week"));
        assertThat(notes.stream().anyMatch(n -> n.text().contains("two weeks ago"))).isTrue();
        // (the picked note says the time itself, so it is redrafted; or it does not, and the others are)
        assertThat(r.said).contains("Changed: Noted: it was two weeks ago.").containsAnyOf("The other notes are drafted again",
                "Redrafted from the corrected facts");
    }

    /** A correction of fact that redrafts applies the earlier edits again and says so (a hand session lost "mention …" to "it was last month"). */
    @org.junit.jupiter.api.Test
    void aCorrectionKeepsTheEarlierEdits() {
        Run r = run(List.of("/me " + profile("03-met-at-meetup", "me"), "/them " + profile("03-met-at-meetup", "them"),
                "/why we met at DevOpsDays Denver last week after her talk on on-call fatigue"),
                List.of("mention that we talked about rotation caps", "it was last month"));
        String note = r.session.assessment().notes().get(0).text();
        assertThat(note).contains("last month").contains("rotation caps").doesNotContain("last week");
        assertThat(r.said).contains("Your earlier edits still hold: “mention that we talked about rotation caps”");
    }

    /** "shorter and sign it with my name": both parts done or reported; a part not understood is named, never dropped in silence. */
    @org.junit.jupiter.api.Test
    void everyPartOfARequestIsDoneOrReported() {
        List<String> start = List.of("/me " + profile("01-former-colleagues", "me"), "/them " + profile("01-former-colleagues", "them"),
                "/why we worked together at Stripewell for years and I'd like to reconnect");
        Run r = run(start, List.of("shorter and sign it with my name"));
        String note = r.session.assessment().notes().get(0).text();
        assertThat(note).endsWith(" Daniel");
        // first notes are signed now, so "sign it" is either done or reported as already done
        assertThat(r.said).containsAnyOf("Signed it with your name: “Daniel”.", "It is already signed with your name, “Daniel”");
        Run odd = run(start, List.of("shorter and frobnicate the widget"));
        assertThat(odd.said).contains("I did not understand “frobnicate the widget”");
    }

    private static String judge(boolean notes, String before, Run r, String answer, BiFunction<String, String, String> asked) {
        if (answer.contains("Redrafted:") || answer.contains("needs an LLM engine")) {
            return "FAILED: " + (answer.contains("Redrafted:") ? "says Redrafted" : "needs an LLM");
        }
        if (!notes) {
            return refusal(answer);
        }
        List<Note> now = r.session.assessment().notes();
        String after = now.isEmpty() ? "" : now.get(0).text();
        if (answer.startsWith("Changed: ")) {
            if (after.equals(before) && answer.contains("The other notes are drafted again")) {
                return "changed (other notes)"; // a corrected fact the picked note did not rely on
            }
            if (after.equals(before) || after.isEmpty()) {
                return "FAILED: says Changed, note the same";
            }
            String wrong = asked.apply(before, after);
            return wrong == null ? "changed" : "FAILED: " + wrong;
        }
        if (answer.startsWith("Unchanged: ")) {
            String why = answer.substring("Unchanged: ".length()).lines().findFirst().orElse("");
            if (!after.equals(before)) {
                return "FAILED: says Unchanged, note changed";
            }
            return why.split("\\s+").length >= 6 ? "honest refusal" : "FAILED: no reason";
        }
        return "FAILED: no Changed/Unchanged answer";
    }

    /**
     * Without notes (follow first, do not connect) every request says there is no note, and why; a
     * question of what would make it OK is answered with the verdict's reasons and what to do.
     */
    private static String refusal(String answer) {
        if (answer.startsWith("There is no note yet, because the verdict is") && answer.contains("[")) {
            return "answered (no note: the reasons and what would change them)";
        }
        return answer.startsWith("There is no note to refine: the verdict is") ? "honest refusal (no note)" : "FAILED: " + answer;
    }

    /** A shorter or restyled note keeps the greeting and the sign-off. */
    private static String kept(String before, String after) {
        String name = before.substring(0, before.indexOf(',') + 1).replaceFirst("^\\S+\\s*", "");
        if (!after.substring(0, after.indexOf(',') + 1).endsWith(name)) {
            return "the greeting went";
        }
        String sign = before.substring(before.lastIndexOf(' ') + 1);
        boolean signed = sign.matches("\\p{Lu}\\p{L}+");
        return signed && !after.endsWith(" " + sign) ? "the sign-off went" : null;
    }

    private static final Pattern WHO = Pattern.compile("(?:I'm|I am) (?:a|an) [^.?!]+ at [^.?!]+[.]");

    /** Shorter keeps the greeting, the sign-off and who the sender is (the drafter says it only when they may not place them). */
    private static String keptWho(String before, String after) {
        java.util.regex.Matcher m = WHO.matcher(before);
        if (m.find() && !after.contains(m.group())) {
            return "who you are went";
        }
        return kept(before, after);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** A capitalised word of the note after its greeting (a name, a place), to ask why the note mentions it. */
    private static String word(String note) {
        String body = note.substring(note.indexOf(',') + 1);
        java.util.regex.Matcher m = Pattern.compile("(?<=\\s)(\\p{Lu}[\\p{L}-]{3,})").matcher(body);
        while (m.find()) {
            if (body.charAt(Math.max(0, m.start() - 2)) != '.') {
                return m.group(1);
            }
        }
        return "that";
    }

    private record Run(String said, Session session) {
    }

    private Run run(List<String> start, List<String> requests) {
        List<String> lines = new ArrayList<>(start);
        lines.addAll(requests);
        StringWriter out = new StringWriter();
        StreamIO io = new StreamIO(new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out));
        Conversation c = new Conversation(io, () -> ADVISOR, new ReplEnvironment(dir, Map.of("HOME", dir.toString(), "RAPPORT_JOURNAL", "off")));
        assertThat(c.run()).isZero();
        return new Run(out.toString(), c.session());
    }

    @AfterAll
    static void writeTheTable() throws IOException {
        if (TABLE.isEmpty()) {
            return;
        }
        List<String> columns = TABLE.values().iterator().next().keySet().stream().toList();
        StringBuilder md = new StringBuilder("| request | " + String.join(" | ", TABLE.keySet()) + " |\n|---|");
        md.append("---|".repeat(TABLE.size())).append('\n');
        for (String c : columns) {
            md.append("| ").append(c).append(" | ");
            for (Map<String, String> row : TABLE.values()) {
                md.append(row.getOrDefault(c, "")).append(" | ");
            }
            md.append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "refinement-table.md"), md.toString());
        System.out.println(md);
    }
}
