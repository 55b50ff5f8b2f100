package dev.rapport.draft;

import dev.rapport.text.Words;
import static dev.rapport.draft.Requests.CONNECT;
import static dev.rapport.draft.Requests.ground;
import static dev.rapport.draft.Requests.named;
import static dev.rapport.draft.Requests.purpose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineDrafterTest {
    private final OfflineDrafter drafter = new OfflineDrafter();

    private static DraftRequest with(DraftRequest r, int limit, Style style) {
        return new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), r.verdict(), limit, r.variants(), style);
    }

    private static DraftRequest single(Profile them, Purpose purpose, CommonGround g, Style style) {
        return new DraftRequest(named("Alex Sender"), them, purpose, List.of(g), CONNECT, 300, 3, style);
    }

    private static String allText(List<Note> notes) {
        return notes.stream().map(Note::text).collect(Collectors.joining("\n"));
    }

    @Test
    void theHirersLineIsNeverSaidForASenderWhoSellsOrSeeksAJob() {
        // hand test 13: a recruiter offering a finance director help with her hiring was told "I am hiring for a role
        // close to your background. Would a move like that interest you this year?"
        DraftRequest hiring = Requests.hiringOpenToWork();
        for (Set<Intent> intents : List.of(Set.of(Intent.HIRING, Intent.SELLING), Set.of(Intent.HIRING, Intent.JOB_SEEKING))) {
            DraftRequest r = Requests.request(hiring.me(), hiring.them(), purpose("I recruit finance staff and would like to introduce myself",
                    intents, List.of(), List.of(), List.of()), hiring.ground(), CONNECT, 300);
            assertThat(drafter.draft(r)).as(intents.toString()).extracting(Note::text)
                    .noneMatch(t -> t.contains("I am hiring") || t.contains("role close to your background"));
        }
    }

    @Test
    void draftsNothingUnlessTheVerdictIsConnect() {
        DraftRequest r = Requests.formerColleagues();
        for (Verdict v : List.of(Requests.FOLLOW, Requests.doNotConnect("pitch-intent"))) {
            assertThat(drafter.draft(new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), v, 300, 3, null))).isEmpty();
        }
        assertThat(drafter.draft(new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), null, 300, 3, null))).isEmpty();
        assertThat(drafter.draft(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 200})
    void everyExamplePairGetsNotesThatGreetNameTheGroundAndFit(int limit) {
        for (DraftRequest r : Requests.connectPairs()) {
            List<Note> notes = drafter.draft(with(r, limit, Style.DEFAULT));
            assertThat(notes).as(r.them().name()).isNotEmpty();
            assertThat(notes.get(0).angle()).isEqualTo(r.ground().get(0).kind().id());
            for (Note n : notes) {
                CommonGround g = r.ground().stream().filter(x -> x.kind().id().equals(n.angle())).findFirst().orElseThrow();
                assertThat(n.chars()).isLessThanOrEqualTo(limit).isEqualTo(n.text().codePointCount(0, n.text().length()));
                assertThat(n.text()).startsWith("H").contains(r.them().firstName() + ",").contains(g.subject());
            }
        }
    }

    @Test
    void examplePairNotesPassTheNoteRulesInEveryStyle() {
        NoteRules rules = new NoteRules(RuleSet.builtIn());
        int checked = 0;
        for (DraftRequest r : Requests.connectPairs()) {
            for (Style.Length length : Style.Length.values()) {
                for (Style.Tone tone : Style.Tone.values()) {
                    for (boolean question : List.of(true, false)) {
                        for (int limit : List.of(200, 300)) {
                            DraftRequest q = with(r, limit, new Style(length, tone, List.of(), List.of(), question));
                            NoteContext ctx = new NoteContext(q.me(), q.them(), q.purpose(), q.ground(), limit);
                            for (Note n : drafter.draft(q)) {
                                assertThat(rules.check(n.text(), ctx)).as(n.text()).isEmpty();
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void eachAngleIsUsedOnceAndTheStrongestLeadsEvenWhenTheListIsUnsorted() {
        DraftRequest r = Requests.formerColleagues();
        List<CommonGround> shuffled = List.of(ground(GroundKind.SAME_CITY, "Denver", "", 0.1),
                ground(GroundKind.WORKED_TOGETHER, "Stripewell", "2016–2021", 0.95),
                ground(GroundKind.WORKED_TOGETHER, "Ledgerly", "2012–2013", 0.7),
                ground(GroundKind.SHARED_TOPIC, "payments", "", 0.4));
        List<Note> notes = drafter.draft(new DraftRequest(r.me(), r.them(), r.purpose(), shuffled, CONNECT, 300, 5, null));
        assertThat(notes).extracting(Note::angle).containsExactly("worked-together", "shared-topic", "same-city");
        assertThat(notes.get(0).text()).contains("Stripewell").doesNotContain("Ledgerly");
    }

    @Test
    void variantsCapTheNumberOfNotesAndZeroMeansTheDefault() {
        DraftRequest r = Requests.formerColleagues();
        assertThat(drafter.draft(new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), CONNECT, 300, 1, null))).hasSize(1);
        assertThat(drafter.draft(new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), CONNECT, 300, 0, null))).hasSize(3);
        assertThat(drafter.draft(new DraftRequest(r.me(), r.them(), r.purpose(), List.of(), CONNECT, 300, 3, null))).isEmpty();
    }

    @Test
    void theSameRequestAlwaysGivesTheSameNotes() {
        for (DraftRequest r : Requests.connectPairs()) {
            assertThat(drafter.draft(r)).isEqualTo(drafter.draft(r));
        }
    }

    @Test
    void wordingVariesAcrossTargets() {
        CommonGround g = ground(GroundKind.WORKED_TOGETHER, "Stripewell", "2016–2021", 0.9);
        Set<String> openings = new HashSet<>();
        for (String name : List.of("Priya Raman", "Tom Berg", "Ana Silva", "Wei Zhang", "Omar Haddad", "Ines Costa", "Lars Moe")) {
            Note n = drafter.draft(single(named(name), Purpose.NONE, g, null)).get(0);
            // Everything after the greeting's name: the wording, not the name, must differ.
            openings.add(n.text().substring(n.text().indexOf(',') + 1));
        }
        assertThat(openings).hasSizeGreaterThan(2);
    }

    @ParameterizedTest
    @EnumSource(GroundKind.class)
    void everyGroundKindMakesANoteThatNamesItsSubject(GroundKind kind) {
        CommonGround g = ground(kind, "Harbour Lights Collective", "2015–2019", 0.7);
        List<Note> notes = drafter.draft(single(named("Priya Raman"), Purpose.NONE, g, null));
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.angle()).isEqualTo(kind.id());
            assertThat(n.text()).startsWith("H").contains("Priya").contains("Harbour Lights Collective")
                    .doesNotContain("  ").doesNotContain(" ,").doesNotContain("{");
        });
    }

    @ParameterizedTest
    @EnumSource(GroundKind.class)
    void onlyRelationshipsSpeakAsIfTheTwoHaveMet(GroundKind kind) {
        CommonGround g = ground(kind, "Harbour Lights Collective", "2015–2019", 0.7);
        Purpose reconnect = purpose("reconnect", Set.of(Intent.RECONNECT), List.of(), List.of(), List.of());
        for (String name : List.of("Priya Raman", "Tom Berg", "Ana Silva", "Wei Zhang")) {
            String text = drafter.draft(single(named(name), reconnect, g, null)).get(0).text();
            if (kind.isRelationship()) {
                assertThat(text).contains("2015–2019".equals(g.period()) && kind != GroundKind.MET_AT_EVENT
                        && kind != GroundKind.MUTUAL_CONTACT ? "2015–2019" : "Harbour");
            } else {
                assertThat(text.toLowerCase()).doesNotContain("back in touch").doesNotContain("we met")
                        .doesNotContain("worked together").doesNotContain("it has been").doesNotContain("2015–2019");
            }
        }
    }

    @Test
    void missingDataNeverLeavesAHole() {
        Profile noName = named("");
        Profile titled = named("Dr. Jane Smith");
        for (String period : List.of("", "   ")) {
            CommonGround g = ground(GroundKind.WORKED_TOGETHER, "Stripewell", period, 0.9);
            for (Profile them : List.of(noName, titled, named("Priya Raman"))) {
                Note n = drafter.draft(new DraftRequest(null, them, null, List.of(g), CONNECT, 300, 3, null)).get(0);
                assertThat(n.text()).contains("Stripewell").doesNotContain("()").doesNotContain(", .").doesNotContain(" ,")
                        .doesNotContain(" .").doesNotContain("  ").doesNotContainPattern("\\b(at|in|on) [.,]");
            }
        }
        CommonGround g = ground(GroundKind.ALUMNI, "Kellogg", "", 0.5);
        assertThat(drafter.draft(single(noName, null, g, null)).get(0).text()).matches("(Hi|Hello), I .*");
        // (a titled stranger is greeted with the title and surname, never "Hi Dr,")
        assertThat(drafter.draft(single(titled, null, g, null)).get(0).text()).matches("Dear Dr\\. Smith, .*");
        CommonGround blankSubject = ground(GroundKind.ALUMNI, " ", "", 0.5);
        assertThat(drafter.draft(single(titled, null, blankSubject, null))).isEmpty();
    }

    @Test
    void longCompanyNamesFitOrTheAngleIsLeftOut() {
        String longName = "The International Consolidated Cooperative of Regional Renewable Energy Producers and Distributors";
        String hugeName = (longName + " ").repeat(3).strip();
        for (int limit : List.of(200, 300)) {
            DraftRequest r = new DraftRequest(named("Alex Sender"), named("Priya Raman"), Requests.formerColleagues().purpose(),
                    List.of(ground(GroundKind.WORKED_TOGETHER, longName, "2016–2021", 0.9),
                            ground(GroundKind.SAME_EMPLOYER, hugeName, "", 0.5)),
                    CONNECT, limit, 3, null);
            List<Note> notes = drafter.draft(r);
            assertThat(notes).extracting(Note::angle).containsExactly("worked-together");
            // a whole sentence, then the sender's first name when it still fits
            assertThat(notes.get(0).text()).contains(longName).matches("(?s).*(\\.|\\. Alex|, Alex)$");
            assertThat(notes.get(0).chars()).isLessThanOrEqualTo(limit);
        }
    }

    @Test
    void freeAccountNotesAreShorterThanPremiumOnesButKeepTheEssentials() {
        for (DraftRequest r : Requests.connectPairs()) {
            List<Note> premium = drafter.draft(with(r, 300, Style.DEFAULT));
            List<Note> free = drafter.draft(with(r, 200, Style.DEFAULT));
            assertThat(free).allSatisfy(n -> assertThat(n.chars()).isLessThanOrEqualTo(200));
            assertThat(free.stream().mapToInt(Note::chars).sum()).isLessThanOrEqualTo(premium.stream().mapToInt(Note::chars).sum());
        }
        assertThat(allText(drafter.draft(with(Requests.referral(), 200, Style.DEFAULT)))).contains("Ana Ruiz");
    }

    @Test
    void shortAimsAtSixtyPercentAndLongUsesMoreOfTheLimit() {
        int shortTotal = 0;
        int longTotal = 0;
        for (DraftRequest r : Requests.connectPairs()) {
            List<Note> shortNotes = drafter.draft(with(r, 300, Style.DEFAULT.withLength(Style.Length.SHORT)));
            shortNotes.forEach(n -> assertThat(n.chars()).as(n.text()).isLessThanOrEqualTo(180));
            shortTotal += shortNotes.stream().mapToInt(Note::chars).sum();
            longTotal += drafter.draft(with(r, 300, Style.DEFAULT.withLength(Style.Length.LONG))).stream().mapToInt(Note::chars).sum();
        }
        // a long note no longer adds a stock question when the user's words already ask, so the margin is 1.4, not 1.5
        assertThat(longTotal).isGreaterThan(shortTotal * 7 / 5);
    }

    @Test
    void toneChangesGreetingAndClose() {
        DraftRequest r = Requests.formerColleagues();
        List<Note> formal = drafter.draft(r.withStyle(Style.DEFAULT.withTone(Style.Tone.FORMAL)));
        List<Note> casual = drafter.draft(r.withStyle(Style.DEFAULT.withTone(Style.Tone.CASUAL)));
        List<Note> warm = drafter.draft(r.withStyle(Style.DEFAULT.withTone(Style.Tone.WARM)));
        assertThat(formal).allSatisfy(n -> assertThat(n.text()).matches("(Hello|Dear) Priya, .*")
                .containsPattern("obligation|regards|Thank you for your time"));
        assertThat(casual).allSatisfy(n -> assertThat(n.text()).matches("(Hey|Hi) Priya, .*").doesNotContain("obligation").doesNotContain("regards"));
        assertThat(casual).anySatisfy(n -> assertThat(n.text()).startsWith("Hey"));
        assertThat(warm).allSatisfy(n -> assertThat(n.text()).doesNotStartWith("Hey").doesNotStartWith("Dear"));
        assertThat(allText(warm)).isNotEqualTo(allText(drafter.draft(r)));
    }

    @Test
    void mentionsFromTheContextAreAlwaysIncluded() {
        DraftRequest r = Requests.formerColleagues();
        for (String mention : List.of("payments", "Denver", "Brightline")) {
            for (int limit : List.of(200, 300)) {
                List<Note> notes = drafter.draft(with(r, limit, Style.DEFAULT.withMention(List.of(mention))));
                assertThat(notes).isNotEmpty().allSatisfy(n -> assertThat(n.text()).containsIgnoringCase(mention));
            }
        }
    }

    @Test
    void mentionsFromOutsideTheContextOnlyWhenShortAndPlain() {
        DraftRequest r = Requests.formerColleagues();
        assertThat(drafter.draft(r.withStyle(Style.DEFAULT.withMention(List.of("the Kafka Summit")))))
                .allSatisfy(n -> assertThat(n.text()).contains("the Kafka Summit"));
        String odd = "our amazing 15% discount on https://deals.example!!!";
        assertThat(drafter.draft(r.withStyle(Style.DEFAULT.withMention(List.of(odd)))))
                .isNotEmpty().allSatisfy(n -> assertThat(n.text()).doesNotContain("discount").doesNotContain("http"));
    }

    @Test
    void avoidedWordsNeverAppear() {
        for (DraftRequest r : Requests.connectPairs()) {
            for (List<String> avoid : List.of(List.of("pressure"), List.of("glad", "would"), List.of("I"))) {
                List<Note> notes = drafter.draft(r.withStyle(Style.DEFAULT.withAvoid(avoid)));
                for (Note n : notes) {
                    avoid.forEach(a -> assertThat(Words.containsWord(n.text(), a)).as(n.text()).isFalse());
                }
            }
        }
        List<Note> noStripewell = drafter.draft(Requests.formerColleagues().withStyle(Style.DEFAULT.withAvoid(List.of("stripewell"))));
        assertThat(noStripewell).extracting(Note::angle).doesNotContain("worked-together").isNotEmpty();
    }

    @Test
    void questionsOnlyWhenAllowedAndThenSpecific() {
        for (DraftRequest r : Requests.connectPairs()) {
            assertThat(allText(drafter.draft(r.withStyle(Style.DEFAULT.withQuestion(false))))).doesNotContain("?");
        }
        String referral = drafter.draft(Requests.referral()).get(0).text();
        assertThat(referral).contains("?").containsPattern("data engineering[^.]*\\?");
        String colleagues = drafter.draft(Requests.formerColleagues()).get(0).text();
        // a stock question about their company ("How are things at Brightline?") stands in for content: none is asked
        assertThat(colleagues).doesNotContain("How are things at").doesNotContain("these days?");
    }

    @Test
    void aQuestionMarkInTheDataIsRemovedWhenNoQuestionIsWanted() {
        CommonGround g = ground(GroundKind.THEIR_POST, "why do audits fail?", "", 0.5);
        Note n = drafter.draft(single(named("Rosa Delgado"), null, g, Style.DEFAULT.withQuestion(false))).get(0);
        assertThat(n.text()).contains("why do audits fail").doesNotContain("?");
    }

    @Test
    void whyNowNamesTheSpecificReason() {
        assertThat(drafter.draft(Requests.referral()).get(0).text()).contains("Ana Ruiz").contains("moving into data engineering");
        assertThat(drafter.draft(Requests.metAtMeetup()).get(0).text()).contains("DevOpsDays Denver").contains("talk on on-call fatigue");
        String hiring = drafter.draft(Requests.hiringOpenToWork()).get(0).text();
        assertThat(hiring).contains("open to work").contains("senior engineer").contains("streaming team").contains("Kafka");
        assertThat(drafter.draft(Requests.volunteerColleague()).get(0).text())
                .contains("Boulder Valley Food Bank").contains("2020–2022").contains("volunteer data project");
    }

    @Test
    void noNoteCarriesAPitchALinkOrAMeetingAsk() {
        Purpose pitchy = new Purpose("offer our SAP cost savings, book a call at www.example.com",
                Set.of(Intent.SELLING, Intent.RECONNECT), List.of(), List.of(), List.of(), List.of("SAP cost savings"));
        DraftRequest r = Requests.formerColleagues();
        List<Note> notes = drafter.draft(new DraftRequest(r.me(), r.them(), pitchy, r.ground(), CONNECT, 300, 3, null));
        assertThat(notes).isNotEmpty();
        assertThat(allText(notes).toLowerCase()).doesNotContain("sap").doesNotContain("www").doesNotContain("call")
                .doesNotContain("coffee").doesNotContain("minutes").doesNotContain("meeting");
    }

    @Test
    void hostileProfileTextIsCleanedBeforeItReachesANote() {
        CommonGround g = ground(GroundKind.SAME_GROUP, "Rust\u001B[31m Denver\u0007 {first} [x] https://evil.example", "", 0.5);
        Note n = drafter.draft(single(named("Priya\u001B]0;pwn\u0007 Raman"), null, g, null)).get(0);
        assertThat(n.text()).doesNotContain("\u001B").doesNotContain("{").doesNotContain("[").doesNotContain("http")
                .doesNotContain("pwn").contains("Rust Denver first x");
    }

    @Test
    void emojiAndAccentsAreCountedAsLinkedInCountsThem() {
        CommonGround g = ground(GroundKind.STUDIED_TOGETHER, "Universität Zürich 🎓", "2010–2014", 0.8);
        List<Note> notes = drafter.draft(new DraftRequest(null, named("Zoë 🌻 Müller"), null, List.of(g), CONNECT, 200, 3, null));
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.text()).startsWith("H").contains("Zoë,").contains("Universität Zürich 🎓");
            assertThat(n.chars()).isEqualTo(n.text().codePointCount(0, n.text().length())).isLessThan(n.text().length() + 1);
        });
    }

    @Test
    void aStudentWritingToAnAlumnaSaysSheStudiesThereNotThatBothWent() {
        DraftRequest base = Requests.alumniAdvice();
        DraftRequest student = Requests.request(base.me(), base.them(), Requests.purpose("I'd like to hear how she got into UX research",
                        Set.of(Intent.ADVICE), List.of(), List.of(), List.of()),
                List.of(ground(GroundKind.ALUMNI, "University of Oregon", CommonGround.STUDYING, 0.5)), CONNECT, 300);
        assertThat(drafter.draft(student)).isNotEmpty().extracting(Note::text)
                .anyMatch(t -> t.contains("at the University of Oregon, where you studied")).noneMatch(t -> t.contains("both went"));
    }

    @Test
    void manyNamesAllProduceWellFormedNotes() {
        DraftRequest base = Requests.alumniAdvice();
        IntStream.range(0, 60).forEach(i -> {
            Profile them = named("Person" + i + " Example");
            for (Style.Tone tone : Style.Tone.values()) {
                DraftRequest r = new DraftRequest(base.me(), them, base.purpose(), base.ground(), CONNECT, 200 + (i % 2) * 100, 3,
                        Style.DEFAULT.withTone(tone));
                for (Note n : drafter.draft(r)) {
                    // it ends on a full sentence, or on the sender's first name after one (the sign-off)
                    assertThat(n.text()).contains("Person" + i + ",").matches("(?s).*(?:[.?!](?: " + base.me().firstName() + ")?|, " + base.me().firstName() + ")")
                            .doesNotContain("..").doesNotContain("  ");
                    assertThat(n.chars()).isLessThanOrEqualTo(r.limit());
                }
            }
        });
    }

    @Test
    void anUnknownDecisionShapeDoesNotCrash() {
        DraftRequest r = Requests.formerColleagues();
        Verdict v = new Verdict(Decision.CONNECT, 0, List.of());
        assertThat(drafter.draft(new DraftRequest(null, null, null, r.ground(), v, -5, -1, null))).isNotEmpty()
                .allSatisfy(n -> assertThat(n.chars()).isLessThanOrEqualTo(OfflineDrafter.DEFAULT_LIMIT));
    }

    @Test
    void everyFirstNoteIsSignedWithTheSendersFirstName() {
        // the ground-led note (no reason of the user's own) used to end on its close with no name
        DraftRequest r = new DraftRequest(named("Alex Sender"), named("Priya Raman"), Requests.formerColleagues().purpose(),
                List.of(ground(GroundKind.WORKED_TOGETHER, "Northwind", "2016–2021", 0.9)), CONNECT, 300, 1, null);
        assertThat(drafter.draft(r).get(0).text()).endsWith(" Alex");
    }

    @Test
    void aFallbackNoteDropsTheDetailAndWhoTheSenderIsBeforeItDropsTheAsk() {
        // a reviewer: "fact, detail, who" was tried before "fact, ask", so a tight limit lost the question first
        List<List<String>> bodies = OfflineDrafter.fallbackBodies("fact", "detail", "who", "ask", "question");
        int lastWithAsk = 0;
        int firstWithoutAsk = bodies.size();
        for (int i = 0; i < bodies.size(); i++) {
            boolean factAndAsk = bodies.get(i).contains("fact") && bodies.get(i).contains("ask");
            if (factAndAsk) {
                lastWithAsk = i;
            } else if (bodies.get(i).contains("fact")) {
                firstWithoutAsk = Math.min(firstWithoutAsk, i);
            }
        }
        assertThat(lastWithAsk).isLessThan(firstWithoutAsk);
        assertThat(bodies).contains(List.of("fact", "ask"));
    }
}
