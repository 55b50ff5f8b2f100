package dev.rapport.draft;

import dev.rapport.text.Words;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.DateRange;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.profile.SourceFormat;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the names, grounds, purposes, limits and styles, every drafted note is well formed and passes the note rules. */
class NoteProperties {
    private static final NoteRules RULES = new NoteRules(RuleSet.builtIn());
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    @Property(tries = 300)
    void everyNoteIsWellFormedAndPassesTheNoteRules(@ForAll("requests") DraftRequest request) {
        dev.rapport.draft.Proposal proposal = DRAFTER.draft(request, dev.rapport.draft.Vetting.NONE);
        List<Note> notes = proposal.notes();
        // what the user asked the note to mention is their word, as the reason is
        Purpose told = request.purpose().withWords(String.join(". ", request.style().mention()));
        NoteContext ctx = new NoteContext(request.me(), request.them(), told, request.ground(), request.limit());
        // the drafter may propose notes that fail (the gate drops them) only when none passes, and then it says why
        boolean nonePasses = notes.stream().noneMatch(n -> RULES.passes(n.text(), ctx));
        assertThat(notes).as("subjects and names are short enough that some angle always fits").isNotEmpty();
        assertThat(notes.size()).isLessThanOrEqualTo(request.variants());
        String first = request.them().firstName();
        for (Note note : notes) {
            String t = note.text();
            // a note from a ground angle names its subject; the fallback of the user's own words has the angle "reason"
            java.util.Optional<CommonGround> angle = request.ground().stream().filter(g -> g.kind().id().equals(note.angle()))
                    .max((a, b) -> Double.compare(a.strength(), b.strength()));
            assertThat(angle.isPresent() || note.angle().equals("reason")).as(note.angle()).isTrue();
            // ... unless the note is written from the user's own words, which carry their own context
            boolean usersWords = note.plan() != null && note.plan().clauses().stream().anyMatch(c -> c.source() == Clause.Source.USER);
            angle.filter(g -> !usersWords).ifPresent(g -> assertThat(t).as(t).contains(g.subject()));
            assertThat(note.chars()).isEqualTo(t.codePointCount(0, t.length())).isLessThanOrEqualTo(request.limit());
            assertThat(t).as(t)
                    .doesNotContain("{").doesNotContain("[").doesNotContain("http").doesNotContainPattern("\\bwww\\.")
                    .doesNotContain("  ").doesNotContain(" ,").doesNotContain(" .").doesNotContain("()");
            // a note ends on its last sentence, or on the sender's first name signed after it
            String me = request.me().firstName();
            // a note ends on a full sentence, or a valediction with the name ("Best regards, Aa")
            assertThat(t).as(t).matches(me.isEmpty() ? "(?s).*[.?!]" : "(?s).*(?:[.?!](?: \\Q" + me + "\\E)?|, \\Q" + me + "\\E)");
            if (!first.isEmpty()) {
                assertThat(t).as(t).matches("(Hi|Hello|Hey|Dear) \\Q" + first + "\\E, .*");
            }
            if (!request.style().question()) {
                assertThat(t).doesNotContain("?");
            }
            request.style().avoid().forEach(a -> assertThat(Words.containsWord(t, a)).as(t + " avoids " + a).isFalse());
            request.style().mention().forEach(m -> assertThat(t).as(t).containsIgnoringCase(m));
            if (nonePasses) {
                assertThat(proposal.notices()).as("no note passes, so the drafter says which rule held them back: " + t).isNotEmpty();
                continue;
            }
            assertThat(RULES.check(t, ctx)).as(t).allSatisfy(f -> assertThat(f.severity().id()).isEqualTo("info"));
        }
    }

    @net.jqwik.api.Example
    void aMentionNeitherProfileHoldsStillGetsANote() {
        // found by a random seed (it failed on the build of the evening of 4 December's start too): "mention Kafka and
        // payments" with nothing in either profile about them, and a long employer name, gave no note at all
        Profile me = new Profile("Aa Aa", "", "", "", List.of(new Position("Brightline", "Engineer", DateRange.years(2020, null), "", "")),
                List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
        Profile them = new Profile("Aaaaaaaaaaaaaaaaaaba Smith-Jones 🎓", "", "", "", List.of(new Position("Northwind Health", "Engineer",
                DateRange.years(2020, null), "", "")), List.of(), List.of(), List.of("UX research"), List.of(), List.of(), Set.of(), List.of(), "",
                SourceFormat.LINKEDIN_PAGE);
        Purpose purpose = new Purpose("I like her posts on accessibility", Set.of(Intent.CONTENT_INTEREST), List.of(), List.of(),
                List.of("her posts on accessibility"), List.of());
        String org = "The International Consolidated Cooperative of Renewable Producers";
        CommonGround g = new CommonGround(GroundKind.SAME_EMPLOYER, "shared " + org, 0.16, org, "2019–present");
        Style style = new Style(Style.Length.SHORT, Style.Tone.NEUTRAL, List.of("Kafka", "payments"), List.of("glad", "good"), false);
        everyNoteIsWellFormedAndPassesTheNoteRules(new DraftRequest(me, them, purpose, List.of(g),
                new Verdict(Decision.CONNECT, 70, List.of()), 200, 4, style));
    }

    @net.jqwik.api.Example
    void aLongNeedToCollaborateOnWithMentionsStillGetsANote() {
        // found by a random seed on 5 December (it failed on that session's first build too): their-need ground with a long
        // subject, a short warm style that must mention Kafka and payments, limit 200
        Profile me = new Profile("Aa Aa", "", "", "", List.of(new Position("Brightline", "Engineer", DateRange.years(2020, null), "", "")),
                List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
        Profile them = new Profile("Aaaaaaaaaaaaaaaaaaac Aa", "", "", "", List.of(new Position("Société Générale", "Engineer",
                DateRange.years(2020, null), "", "")), List.of(), List.of(), List.of("Kafka", "Flink"), List.of(), List.of(), Set.of(), List.of(), "",
                SourceFormat.LINKEDIN_PAGE);
        Purpose purpose = new Purpose("collaborate on a volunteer data project", Set.of(Intent.COLLABORATION), List.of(), List.of(),
                List.of(), List.of());
        String org = "The International Consolidated Cooperative of Renewable Producers";
        CommonGround g = new CommonGround(GroundKind.THEIR_NEED, "shared " + org, 0.04, org, "2016–2021");
        Style style = new Style(Style.Length.SHORT, Style.Tone.WARM, List.of("Kafka", "payments"), List.of("pressure"), true);
        everyNoteIsWellFormedAndPassesTheNoteRules(new DraftRequest(me, them, purpose, List.of(g),
                new Verdict(Decision.CONNECT, 70, List.of()), 200, 1, style));
    }

    @net.jqwik.api.Example
    void aHirersNoteWithTwoMentionsAtTwoHundredSaysBoth() {
        // found by a random seed on 6 December (night): a hirer's reason, a weak met-at-event ground, "mention Kafka and
        // payments" at a limit of 200 gave a note that said "payments" and left "Kafka" out
        Profile me = new Profile("Aa Aa", "", "", "", List.of(new Position("Brightline", "Engineer", DateRange.years(2020, null), "", "")),
                List.of(), List.of(), List.of("Kafka", "Flink"), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
        Profile them = new Profile("Aa Aa", "", "", "", List.of(new Position("Brightline", "Engineer", DateRange.years(2020, null), "", "")),
                List.of(), List.of(), List.of("Kafka", "Flink"), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
        Purpose purpose = new Purpose("hiring a senior engineer for our streaming team, she looks like a fit", Set.of(Intent.HIRING), List.of(),
                List.of(), List.of(), List.of());
        CommonGround g = new CommonGround(GroundKind.MET_AT_EVENT, "shared Stripewell", 0.0, "Stripewell", "");
        Style style = new Style(Style.Length.NORMAL, Style.Tone.NEUTRAL, List.of("Kafka", "payments"), List.of(), true);
        everyNoteIsWellFormedAndPassesTheNoteRules(new DraftRequest(me, them, purpose, List.of(g),
                new Verdict(Decision.CONNECT, 70, List.of()), 200, 1, style));
    }

    @Property(tries = 50)
    void onlyConnectVerdictsGetNotes(@ForAll("requests") DraftRequest request, @ForAll Decision decision) {
        Verdict v = new Verdict(decision, 50, List.of());
        DraftRequest r = new DraftRequest(request.me(), request.them(), request.purpose(), request.ground(), v,
                request.limit(), request.variants(), request.style());
        assertThat(DRAFTER.draft(r).isEmpty()).isEqualTo(decision != Decision.CONNECT);
    }

    @Provide
    Arbitrary<DraftRequest> requests() {
        Arbitrary<List<CommonGround>> ground = ground().list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Style> style = Combinators.combine(
                Arbitraries.of(Style.Length.class), Arbitraries.of(Style.Tone.class),
                Arbitraries.of(List.<String>of(), List.of("the meetup"), List.of("Kafka", "payments")),
                Arbitraries.of(List.<String>of(), List.of("pressure"), List.of("glad", "good"), List.of("noticed")),
                Arbitraries.of(true, false))
                .as((len, tone, mention, avoid, q) -> new Style(len, tone, mention, avoid, q));
        return Combinators.combine(person(), person(), purposes(), ground, Arbitraries.of(200, 300),
                        Arbitraries.integers().between(1, 4), style)
                .as((me, them, purpose, g, limit, variants, s) -> new DraftRequest(me, them, purpose, g,
                        new Verdict(Decision.CONNECT, 70, List.of()), limit, variants, s));
    }

    private Arbitrary<Profile> person() {
        Arbitrary<String> given = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12).map(Words::capitalise),
                Arbitraries.of("Zoë", "José", "Łukasz", "Søren", "Ngozi", "Anaïs", "Dmitrií", "Oğuz", "Nguyễn", "Rafał"),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(2).ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u0430', '\u044f').ofMinLength(3).ofMaxLength(8).map(Words::capitalise),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(20).ofMaxLength(30).map(Words::capitalise)
                        // a random run of letters can spell "http" (a name signed "Aaaaaaaaaahttpaaaaaa" failed the no-link check)
                        .filter(g -> !g.toLowerCase(java.util.Locale.ROOT).contains("http") && !g.toLowerCase(java.util.Locale.ROOT).contains("www")))
                .filter(g -> !dev.rapport.text.Honorifics.is(g));
        Arbitrary<String> family = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(15).map(Words::capitalise),
                Arbitraries.of("O'Neill", "van der Berg", "García-Márquez", "🌻", "🚀 Müller", "Smith-Jones 🎓",
                        "Wolfeschlegelsteinhausenbergerdorff Senior the Third"));
        Arbitrary<String> name = Combinators.combine(given, family).as((g, f) -> g + " " + f);
        Arbitrary<List<Position>> jobs = Arbitraries.of("Brightline", "Northwind Health", "Société Générale", "")
                .map(c -> c.isEmpty() ? List.of() : List.of(new Position(c, "Engineer", DateRange.years(2020, null), "", "")));
        return Combinators.combine(name, jobs, Arbitraries.of(List.<String>of(), List.of("Kafka", "Flink"), List.of("UX research")))
                .as((n, j, skills) -> new Profile(n, "", "", "", j, List.of(), List.of(), skills, List.of(), List.of(), Set.of(),
                        List.of(), "", SourceFormat.LINKEDIN_PAGE));
    }

    private Arbitrary<CommonGround> ground() {
        // Made-up words have at least four letters: the generic rule (by design) does not count a
        // shorter lower-case word as a specific detail, and a made-up one is neither a name nor an acronym.
        Arbitrary<String> subject = Arbitraries.oneOf(
                Arbitraries.of("Stripewell", "DevOpsDays Denver", "Ana Ruiz", "Kellogg School of Management", "accessibility audits",
                        "Boulder Valley Food Bank", "open to work", "Universität Zürich", "東京大学", "Rust 🦀 Meetup", "São Paulo",
                        "The International Consolidated Cooperative of Renewable Producers"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10).list().ofMinSize(1).ofMaxSize(4)
                        .map(words -> Words.capitalise(String.join(" ", words))));
        Arbitrary<String> period = Arbitraries.of("", "2016–2021", "2019–present", "2020", " ");
        return Combinators.combine(Arbitraries.of(GroundKind.class), subject, period, Arbitraries.doubles().between(0, 1))
                .as((k, s, p, strength) -> new CommonGround(k, "shared " + s, strength, s, p));
    }

    private Arbitrary<Purpose> purposes() {
        return Arbitraries.of(
                Purpose.NONE,
                new Purpose("reconnect after years", Set.of(Intent.RECONNECT), List.of(), List.of(), List.of(), List.of()),
                new Purpose("Ana Ruiz suggested I talk to her about moving into data engineering", Set.of(Intent.REFERRAL, Intent.ADVICE),
                        List.of("Ana Ruiz"), List.of(), List.of(), List.of()),
                new Purpose("we met at DevOpsDays Denver last week after her talk on on-call fatigue", Set.of(Intent.MET_IN_PERSON),
                        List.of(), List.of("DevOpsDays Denver"), List.of("her talk on on-call fatigue"), List.of()),
                new Purpose("hiring a senior engineer for our streaming team, she looks like a fit", Set.of(Intent.HIRING),
                        List.of(), List.of(), List.of(), List.of()),
                new Purpose("I'd like advice on breaking into UX research", Set.of(Intent.ADVICE, Intent.JOB_SEEKING),
                        List.of(), List.of(), List.of(), List.of()),
                new Purpose("collaborate on a volunteer data project", Set.of(Intent.COLLABORATION), List.of(), List.of(), List.of(), List.of()),
                new Purpose("I like her posts on accessibility", Set.of(Intent.CONTENT_INTEREST), List.of(), List.of(),
                        List.of("her posts on accessibility"), List.of()),
                new Purpose("we are in the same group", Set.of(Intent.SHARED_GROUP), List.of(), List.of(), List.of(), List.of()));
    }
}
