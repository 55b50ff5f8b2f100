package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Severity;
import dev.rapport.etiquette.Verdict;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The defects quoted in issue 12, each held: notes start from the user's words and stay true to the facts. */
class OwnWordsNotesTest {
    private final OfflineDrafter drafter = new OfflineDrafter();
    private final NoteRules rules = new NoteRules(RuleSet.builtIn());

    private List<String> problems(Note n, DraftRequest r) {
        return rules.check(n.text(), new NoteContext(r.me(), r.them(), r.purpose(), r.ground(), r.limit())).stream()
                .filter(f -> f.severity() != Severity.INFO).map(Finding::message).toList();
    }

    private DraftRequest connect(DraftRequest r) {
        return new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), Requests.CONNECT, r.limit(), r.variants(), r.style());
    }

    @Test
    void theTradeShowNoteKeepsWhatTheyTalkedAboutAndWhoIsWriting() {
        DraftRequest r = Pairs.request(Pairs.DEV, "01-trade-show-booth");
        Note first = drafter.draft(r).get(0);
        assertThat(first.text()).startsWith("Hi Monique, thanks for chatting at our booth at PACK EXPO last month")
                .contains("freezer temperature logging across your three DCs").endsWith("Derek")
                .doesNotContain("add you to my network");
        assertThat(problems(first, r)).isEmpty();
    }

    @Test
    void theReasonIsSaidToTheRecipient() {
        DraftRequest r = connect(Pairs.request(Pairs.EXAMPLES, "03-met-at-meetup"));
        DraftRequest kubecon = new DraftRequest(r.me(), r.them(), PurposeReader.read("we talked after her KubeCon talk"),
                r.ground(), r.verdict(), 300, 3, Style.DEFAULT);
        assertThat(drafter.draft(kubecon).get(0).text()).contains("we talked after your KubeCon talk");
        assertThat(drafter.draft(r).get(0).text()).contains("after your talk on on-call fatigue").doesNotContain(" her ");
    }

    @Test
    void theSendersVisitToTheirStandIsNotThankedAndTheirNameBecomesYour() {
        DraftRequest r = connect(Pairs.request(Pairs.EXAMPLES, "03-met-at-meetup"));
        DraftRequest stand = new DraftRequest(r.me(), r.them(),
                PurposeReader.read("I stopped at Tanya's stand at DevOpsDays Denver last week, we argued about pager rotations"),
                r.ground(), r.verdict(), 300, 3, Style.DEFAULT);
        String note = drafter.draft(stand).get(0).text();
        assertThat(note).contains("your stand").doesNotContain("Tanya's").doesNotContain("thanks for stopping");
    }

    @Test
    void aJobSeekerNeverWritesAsTheOneHiring() {
        DraftRequest r = connect(Pairs.request(Pairs.DEV, "02-applied-for-role"));
        // Even when the reader takes the role talk for hiring, the note speaks as the candidate.
        Purpose misread = PurposeReader.read(r.purpose().text());
        Set<Intent> both = EnumSet.of(Intent.HIRING);
        both.addAll(misread.intents());
        Purpose hiring = new Purpose(misread.text(), both, misread.people(), misread.events(), misread.posts(), misread.offers());
        DraftRequest q = new DraftRequest(r.me(), r.them(), hiring, r.ground(), Requests.CONNECT, 300, 3, Style.DEFAULT);
        List<Note> notes = drafter.draft(q);
        assertThat(notes).isNotEmpty();
        for (Note n : notes) {
            assertThat(n.text()).doesNotContainIgnoringCase("I am hiring").doesNotContain("Would a role like that interest you")
                    .contains("platform engineer role");
            assertThat(problems(n, q)).as(n.text()).isEmpty();
        }
    }

    @Test
    void aMeetingLastMonthIsNotAFewYearsAgo() {
        DraftRequest r = Pairs.request(Pairs.DEV, "03-meetup-last-month");
        List<Note> notes = drafter.draft(r);
        assertThat(notes).isNotEmpty();
        for (Note n : notes) {
            assertThat(n.text()).doesNotContain("few years").doesNotContain("back in touch").contains("last month");
            assertThat(problems(n, r)).as(n.text()).isEmpty();
        }
    }

    @Test
    void currentColleaguesHaveNoTimeAtBehindThem() {
        DraftRequest r = Pairs.request(Pairs.DEV, "04-current-colleagues");
        List<Note> notes = drafter.draft(r);
        assertThat(notes).isNotEmpty();
        for (Note n : notes) {
            assertThat(n.text()).doesNotContain("few years").doesNotContain("our time at").doesNotContain("How are things at Stripewell")
                    .contains("we both work at Stripewell");
            assertThat(problems(n, r)).as(n.text()).isEmpty();
        }
    }

    @Test
    void currentColleaguesReadAsReconnectingStillGetNoYearsApart() {
        DraftRequest r = Pairs.request(Pairs.DEV, "04-current-colleagues");
        Purpose p = r.purpose();
        DraftRequest reconnect = new DraftRequest(r.me(), r.them(), new Purpose(p.text(), Set.of(Intent.RECONNECT), p.people(),
                p.events(), p.posts(), p.offers()), r.ground(), Requests.CONNECT, 300, 1, Style.DEFAULT);
        Note n = drafter.draft(reconnect).get(0);
        assertThat(n.text()).doesNotContain("How are things at Stripewell").doesNotContain("few years").contains("we both work at Stripewell");
        assertThat(problems(n, reconnect)).isEmpty();
    }

    @Test
    void stillVolunteeringIsNeverWereVolunteers() {
        DraftRequest r = Pairs.request(Pairs.DEV, "05-habitat-volunteers");
        for (Note n : drafter.draft(r)) {
            assertThat(n.text()).doesNotContain("were volunteers").doesNotContain("present)");
            assertThat(problems(n, r)).as(n.text()).isEmpty();
        }
    }

    @Test
    void anEventIsNeverTurnedIntoTheOrganisation() {
        DraftRequest r = Pairs.request(Pairs.DEV, "06-dental-society-meeting");
        List<Note> notes = drafter.draft(r);
        assertThat(notes).isNotEmpty();
        for (Note n : notes) {
            assertThat(n.text()).doesNotContain("meet you at Southern Arizona Dental Society")
                    .contains("Southern Arizona Dental Society spring meeting").contains("sedation training");
            assertThat(problems(n, r)).as(n.text()).isEmpty();
        }
    }

    @Test
    void theUsersSpecificsReachTheFirstNote() {
        Map<String, String> specific = Map.of(
                "08-referral-career-change", "Priya Nair",
                "09-recruiter-open-to-work", "data engineer",
                "10-alumni-informatics", "healthcare informatics",
                "11-former-manager", "worked for you at Brightwater Bank",
                "16-hospital-volunteer-past", "St. Jude");
        specific.forEach((slug, words) -> {
            DraftRequest r = Pairs.request(Pairs.DEV, slug);
            assertThat(r.verdict().decision()).as(slug).isEqualTo(Decision.CONNECT);
            assertThat(drafter.draft(r).get(0).text()).as(slug).contains(words);
        });
    }

    @Test
    void noClosingSentenceEndsMoreThanAFifthOfFirstNotes() {
        Map<String, Integer> closers = new HashMap<>();
        int notes = 0;
        List<Path> pairs = new ArrayList<>(Pairs.in(Pairs.EXAMPLES));
        pairs.addAll(Pairs.in(Pairs.DEV));
        for (Path pair : pairs) {
            DraftRequest r = connect(Pairs.request(pair));
            List<Note> drafted = drafter.draft(r);
            if (drafted.isEmpty()) {
                continue;
            }
            closers.merge(closing(drafted.get(0).text(), r), 1, Integer::sum);
            notes++;
        }
        assertThat(notes).isGreaterThanOrEqualTo(20);
        int most = closers.values().stream().max(Integer::compare).orElse(0);
        System.out.println("first-note closers over " + notes + " notes: " + closers);
        assertThat(most * 5).as(closers.toString()).isLessThanOrEqualTo(notes);
        assertThat(closers.keySet()).noneMatch(c -> c.toLowerCase().contains("my network"));
    }

    private Note first(String slug) {
        DraftRequest r = Pairs.request(Pairs.DEV, slug);
        assertThat(r.verdict().decision()).as(slug).isEqualTo(Decision.CONNECT);
        List<Note> notes = drafter.draft(r);
        assertThat(notes).as(slug).isNotEmpty();
        assertThat(problems(notes.get(0), r)).as(notes.get(0).text()).isEmpty();
        return notes.get(0);
    }

    @Test
    void theReferrersSheStaysHersAndIsNeverTurnedIntoYou() {
        assertThat(first("24-ana-at-promat").text()).contains("I met Ana at ProMat in March and she suggested I reach out")
                .doesNotContain("you suggested").doesNotContain("we met at ProMat");
    }

    @Test
    void anApplicantWithNoCurrentJobSaysWhatSheHasDoneInHerOwnWords() {
        // her profile has no current position; her sentence about her work was held back as a sales pitch
        assertThat(first("43-laid-off-applicant-experience").text())
                .contains("I applied for the Senior Pricing Analyst role on your team last week.")
                .contains("I modelled time-of-use tariffs at Meridian for three years.")
                .contains("Would you consider someone based in Wellington");
    }

    @Test
    void aSellersReasonIsNeverRetoldInTheNote() {
        // the note said "I sell slotting software and your post shows you care about pick paths" to a reader who asks for no demos;
        // the judge now refuses the pair (the overlap at DHL is only on paper), and a note drafted anyway still keeps the sale out
        DraftRequest r = Pairs.request(Pairs.DEV, "45-seller-former-employer-no-demos");
        assertThat(r.verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        Verdict connect = new Verdict(Decision.CONNECT, 60, r.verdict().reasons());
        DraftRequest anyway = new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), connect, r.limit(), 1, r.style());
        assertThat(drafter.draft(anyway).get(0).text()).doesNotContainIgnoringCase("sell")
                .doesNotContain("Palletwise").doesNotContain("10%").contains("DHL Supply Chain");
    }

    @Test
    void theSenderIsIntroducedByTheRoleTheReasonNamesNotTheDayJob() {
        // a panel reviewer: "introduces himself as a data scientist at Paystack instead of as the PyData Lagos organiser"
        assertThat(first("21-invite-full-talk").text()).contains("I'm an organiser at PyData Lagos.").doesNotContain("Paystack");
    }

    @Test
    void aStrangersNoteCarriesWhatTheSenderHasDoneInHerOwnWords() {
        // a hand session: his About asks graduates for "a note saying what you are working on"; her project was left out,
        // and the note opened "Sir I am fresh graduate … I see in your about …"
        assertThat(first("46-graduate-mentor-open-door").text())
                .contains("I did my final project on laterite soil stabilisation with cement.")
                .contains("I am a fresh graduate civil engineer").doesNotContain("Sir").doesNotContain("your about")
                // "refer me", too big an ask of a stranger, gives way to the small question in its place; the note had ended
                // on her project with no ask and no close
                .contains("Would you have any advice on applying to Julius Berger?").doesNotContain("refer me");
    }

    @Test
    void aQuestionCutFromItsCommaSpliceKeepsItsQuestionMarkAndHerPostIsWhatYouBuilt() {
        // a fresh-clone hand session: "Would you share the parts list. We're setting up a sim room on our ward in the new year?"
        // and "Your post on the 300 pound airway trainer she built"
        assertThat(first("47-sim-panel-parts-list").text())
                .contains("Would you share the parts list? We're setting up a sim room on our ward in the new year.");
        DraftRequest r = Pairs.request(Pairs.DEV, "47-sim-panel-parts-list");
        assertThat(drafter.draft(r)).extracting(Note::text).noneMatch(t -> t.contains("she built")).noneMatch(t -> t.contains("list. We"));
    }

    @Test
    void aSecondLanguageWritersNoteIsMendedAndTheOfferThanked() {
        assertThat(first("44-panel-question-field-guide").text())
                .contains("I asked a question at your panel at the World Cocoa Conference")
                .contains("Thanks for offering to send the field guide.")
                .doesNotContain("you will send");
    }

    @Test
    void aStatedIntentionBecomesTheActAndTheQuestionIsTheClose() {
        assertThat(first("21-invite-full-talk").text()).contains("Would you be open to giving a full talk in February?").endsWith("? Chidi");
        assertThat(first("22-data-request-report").text()).contains("Could you share the stop-level data for our network review?")
                .doesNotContain("want to ask");
        assertThat(first("28-coach-together").text()).contains("Could you help run the first aid session for the parents?");
        assertThat(first("20-first-lead-thanks").text()).contains("Thank you for what you taught me.")
                .doesNotContain("would like to thank");
        assertThat(first("17-field-day-promise").text()).contains("As promised, I'll send you the results of our shade-grown trial plots.");
    }

    @Test
    void runOnsAreSplitAndFragmentsGetTheirSubject() {
        assertThat(first("04-current-colleagues").text()).contains("we both work at Stripewell. I'm on the payments team");
        assertThat(first("27-terse-nonnative").text()).contains("in June and talked about speech models");
        assertThat(first("19-career-day-school-project").text())
                .contains("thanks for speaking at our school career day last Friday. You asked me to message you about my school project")
                .doesNotContain("and asked me");
    }

    @Test
    void noDateRangeAndNoProfileLineIsReadBack() {
        assertThat(first("11-former-manager").text()).contains("I worked for you at Brightwater Bank").doesNotContain("2014");
        assertThat(first("22-data-request-report").text()).doesNotContainPattern("\\(?(?:19|20)\\d\\d\\s*[-–]");
        assertThat(first("10-alumni-informatics").text()).doesNotContain("on your profile");
    }

    @Test
    void whoTheSenderIsWhenTheRecipientMetThemOnceOrNever() {
        assertThat(first("17-field-day-promise").text()).contains("I'm an agronomist at Verde Alto Consulting");
        assertThat(first("23-visited-their-stand").text()).contains("timber lead at Ironbark Packaging").doesNotContain("thanks for visiting");
        assertThat(first("25-applicant-analyst").text()).contains("senior data analyst role").doesNotContainIgnoringCase("hiring");
    }

    @Test
    void noStockCloserFromThePanelsListEndsAFirstNote() {
        List<String> stock = List.of("Thanks for reading.", "Glad our paths crossed.", "Hope all is well with you.",
                "It would be good to stay in touch.", "All the best with what you are working on.", "See you at the next one.",
                "Thanks for any pointers.", "Any pointer would help", "All the best.", "Thank you for considering it.");
        List<Path> pairs = new ArrayList<>(Pairs.in(Pairs.EXAMPLES));
        pairs.addAll(Pairs.in(Pairs.DEV));
        for (Path pair : pairs) {
            DraftRequest r = connect(Pairs.request(pair));
            for (Note n : drafter.draft(r).stream().limit(1).toList()) {
                assertThat(stock).as(n.text()).noneMatch(n.text()::contains);
            }
        }
    }

    @Test
    void aConnectPairWithNoUsableGroundStillGetsTheUsersOwnNote() {
        DraftRequest r = Pairs.request(Pairs.DEV, "21-invite-full-talk");
        DraftRequest bare = new DraftRequest(r.me(), r.them(), r.purpose(), List.of(), Requests.CONNECT, 300, 3, Style.DEFAULT);
        List<Note> notes = drafter.draft(bare);
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).text()).matches("(?:Hi|Hello) Folake, you gave a lightning talk on fraud models.*")
                .contains("Would you be open to giving a full talk in February?").endsWith("Chidi");
        assertThat(problems(notes.get(0), bare)).isEmpty();
    }

    /** The note's last sentence, without a signature (the sender's first name alone). */
    static String closing(String note, DraftRequest r) {
        String t = note.strip();
        String first = r.me() == null ? "" : r.me().firstName();
        if (!first.isEmpty() && t.endsWith(" " + first)) {
            t = t.substring(0, t.length() - first.length()).strip();
        }
        int end = t.length() - 1;
        int start = Math.max(Math.max(t.lastIndexOf(". ", end - 1), t.lastIndexOf("? ", end - 1)), t.lastIndexOf("! ", end - 1));
        return start < 0 ? t : t.substring(start + 2);
    }

    @Test
    void aRelationshipStatedOnlyInTheReasonIsNeverATemplatesFiller() {
        // the judge's development pairs: the relationship is only in the user's words
        for (String slug : List.of("04-reviewed-prs", "06-interviewed-last-week", "08-neighbours-bikes", "13-terse-devopsdays",
                "15-spanish-mix-react", "17-co-maintainers")) {
            DraftRequest r = connect(Pairs.request(Path.of("src", "test", "resources", "judge-dev"), slug));
            for (Note n : drafter.draft(r)) {
                assertThat(n.text()).as(slug).doesNotContainPattern("(?i)\\b(?:at|in)\\s+(?:we|i|you|she|he|met|nos)\\b")
                        .doesNotContain(r.purpose().text());
            }
        }
    }

    @Test
    void whoTheSenderIsIsNotSaidTwice() {
        // "I'm on the payments team … I'm an engineering manager at Stripewell": the user's words already say it
        DraftRequest r = connect(Pairs.request(Pairs.DEV, "04-current-colleagues"));
        String note = drafter.draft(r).get(0).text();
        assertThat(note).contains("I'm on the payments team").doesNotContain("I'm an engineering manager").doesNotContain("I am an engineering manager");
    }

    @Test
    void aProposalTheUserMakesIsSaidAsTheirWish() {
        // "reckon we should …" was pasted without its subject; "thought we could …" and a second sentence's "Reckon …" were dropped
        DraftRequest r = connect(Pairs.request(Pairs.EXAMPLES, "01-former-colleagues"));
        Map<String, String> said = Map.of(
                "we worked together at Stripewell years ago, reckon we should compare notes on fraud tooling now that we're both in risk",
                "I'd like to compare notes on fraud tooling",
                "thought we could swap notes on chargeback tooling, we were on the same team at Stripewell",
                "I'd like to swap notes on chargeback tooling",
                "worked together at Stripewell. Reckon we should catch up on how you run model reviews",
                "I'd like to catch up on how you run model reviews");
        said.forEach((why, wish) -> {
            DraftRequest asked = new DraftRequest(r.me(), r.them(), PurposeReader.read(why), r.ground(), r.verdict(), 300, 3, Style.DEFAULT);
            assertThat(drafter.draft(asked).get(0).text()).as(why).contains(wish).doesNotContain("reckon");
        });
    }
}
