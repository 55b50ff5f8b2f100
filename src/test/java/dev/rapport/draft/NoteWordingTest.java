package dev.rapport.draft;

import static dev.rapport.draft.Requests.CONNECT;
import static dev.rapport.draft.Requests.ground;
import static dev.rapport.draft.Requests.named;
import static dev.rapport.draft.Requests.purpose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How notes read: articles, the case of skill names, repeated words, the target's words said back, no dangling references. */
class NoteWordingTest {
    private static final List<String> NAMES = List.of("Priya Raman", "Tom Berg", "Ana Silva", "Wei Zhang", "Omar Haddad", "Ines Costa");
    private final OfflineDrafter drafter = new OfflineDrafter();

    private List<String> notes(List<CommonGround> ground, Purpose purpose, Style style) {
        List<String> out = new ArrayList<>();
        for (String name : NAMES) {
            for (int limit : List.of(200, 300)) {
                DraftRequest r = new DraftRequest(named("Alex Sender"), named(name), purpose, ground, CONNECT, limit, 3, style);
                drafter.draft(r).forEach(n -> out.add(n.text()));
            }
        }
        return out;
    }

    private static List<Style> everyStyle() {
        List<Style> out = new ArrayList<>();
        for (Style.Length l : Style.Length.values()) {
            for (Style.Tone t : Style.Tone.values()) {
                for (boolean q : List.of(true, false)) {
                    out.add(new Style(l, t, List.of(), List.of(), q));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = GroundKind.class, names = {"ALUMNI", "STUDIED_TOGETHER", "WORKED_TOGETHER", "SAME_EMPLOYER"})
    void namesLikeUniversityOfTakeTheArticle(GroundKind kind) {
        for (String school : List.of("University of Michigan", "London School of Economics")) {
            List<String> texts = notes(List.of(ground(kind, school, "2010–2014", 0.6)), Purpose.NONE, Style.DEFAULT);
            assertThat(texts).isNotEmpty().allSatisfy(t -> assertThat(t).contains(school)
                    .doesNotContainPattern("\\b(?:at|to|from) " + Pattern.quote(school)));
            assertThat(String.join("\n", texts)).contains("the " + school);
        }
        // Names that do not take an article are left alone.
        assertThat(notes(List.of(ground(kind, "Northwestern University", "2010–2014", 0.6)), Purpose.NONE, Style.DEFAULT))
                .allSatisfy(t -> assertThat(t).doesNotContain("the Northwestern"));
    }

    @Test
    void aSchoolInsideAUniversityIsCalledByItsOwnName() {
        CommonGround g = ground(GroundKind.STUDIED_TOGETHER, "Northwestern University - Kellogg School of Management", "2015–2016", 0.85);
        assertThat(notes(List.of(g), Purpose.NONE, Style.DEFAULT)).isNotEmpty()
                .allSatisfy(t -> assertThat(t).contains("the Kellogg School of Management").doesNotContain(" - "));
    }

    @Test
    void genericSkillsAreLowerCasedButNamesAndAcronymsKeepTheirCapitals() {
        CommonGround fields = ground(GroundKind.SHARED_TOPIC, "Site Reliability Engineering and Incident Management", "", 0.4);
        assertThat(notes(List.of(fields), Purpose.NONE, Style.DEFAULT)).isNotEmpty().allSatisfy(t -> assertThat(t)
                .contains("site reliability engineering and incident management")
                .doesNotContain("Reliability").doesNotContainPattern("\\b(?:is|runs) a big part"));
        CommonGround payments = ground(GroundKind.SHARED_TOPIC, "Payments", "", 0.4);
        assertThat(notes(List.of(payments), Purpose.NONE, Style.DEFAULT)).allSatisfy(t -> assertThat(t).contains(" payments")
                .doesNotContain("Payments"));
        // a medical field is a field too (a fresh-clone session: "I noticed we both work on Dermatology.")
        CommonGround field = ground(GroundKind.SHARED_TOPIC, "Dermatology", "", 0.4);
        assertThat(notes(List.of(field), Purpose.NONE, Style.DEFAULT)).allSatisfy(t -> assertThat(t).contains(" dermatology")
                .doesNotContain("Dermatology"));
        CommonGround tools = ground(GroundKind.SHARED_TOPIC, "Apache Kafka, SQL and UX Research", "", 0.4);
        assertThat(notes(List.of(tools), Purpose.NONE, Style.DEFAULT)).allSatisfy(t -> assertThat(t)
                .contains("Apache Kafka, SQL and UX research"));
    }

    @Test
    void noNoteSaysOurOwnWordsTwice() {
        Pattern twice = Pattern.compile("(?i)\\b(glad|your work|no pressure|either way|happy|lovely|it would be good)\\b");
        List<DraftRequest> requests = new ArrayList<>(Requests.connectPairs());
        Purpose none = Purpose.NONE;
        requests.add(new DraftRequest(named("Alex Sender"), named("Priya Raman"), none,
                List.of(ground(GroundKind.SHARED_TOPIC, "Payments", "", 0.4), ground(GroundKind.SAME_CITY, "Denver", "", 0.2)),
                CONNECT, 300, 3, null));
        int checked = 0;
        for (DraftRequest r : requests) {
            for (Style style : everyStyle()) {
                for (Note n : drafter.draft(r.withStyle(style))) {
                    Matcher m = twice.matcher(n.text());
                    List<String> seen = new ArrayList<>();
                    while (m.find()) {
                        String w = m.group(1).toLowerCase(Locale.ROOT);
                        assertThat(seen).as(n.text()).doesNotContain(w);
                        seen.add(w);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void aNoteNeverPointsAtAnEventItDoesNotName() {
        Purpose metNoEvent = purpose("we met last month", Set.of(Intent.MET_IN_PERSON), List.of(), List.of(), List.of());
        Purpose metAtEvent = purpose("we met at RustConf", Set.of(Intent.MET_IN_PERSON), List.of(), List.of("RustConf"), List.of());
        for (GroundKind kind : GroundKind.values()) {
            List<CommonGround> g = List.of(ground(kind, "Harbour Lights Collective", "2015–2019", 0.7));
            for (Style style : everyStyle()) {
                assertThat(notes(g, metNoEvent, style)).allSatisfy(t -> assertThat(t.toLowerCase(Locale.ROOT))
                        .doesNotContain("the event").doesNotContain("the talk").doesNotContain("the meetup"));
                assertThat(notes(g, metAtEvent, style)).allSatisfy(t -> assertThat(t.toLowerCase(Locale.ROOT))
                        .doesNotContain("the event"));
            }
        }
    }

    @Test
    void theSameEventIsNotNamedTwice() {
        DraftRequest r = Requests.metAtMeetup();
        List<CommonGround> ground = List.of(ground(GroundKind.THEIR_POST, "on-call fatigue", "", 0.5),
                ground(GroundKind.MET_AT_EVENT, "DevOpsDays Denver", "", 0.8));
        for (Style style : everyStyle()) {
            for (Note n : drafter.draft(new DraftRequest(r.me(), r.them(), r.purpose(), ground, CONNECT, 300, 3, style))) {
                assertThat(n.text().split("DevOpsDays Denver", -1)).as(n.text()).hasSizeLessThanOrEqualTo(2);
                assertThat(n.text().split("on-call fatigue", -1)).as(n.text()).hasSizeLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void theTargetsOwnSentenceIsSaidBackInOurWords() {
        CommonGround mentor = ground(GroundKind.THEIR_NEED, "I mentor a few students every year", "", 0.5);
        assertThat(notes(List.of(mentor), Purpose.NONE, Style.DEFAULT)).isNotEmpty().allSatisfy(t -> assertThat(t)
                .contains("that you mentor a few students every year").doesNotContain("\"").doesNotContain(" I mentor"));
        CommonGround glad = ground(GroundKind.THEIR_NEED, "Always glad to talk with analysts who are new to the field", "", 0.5);
        assertThat(notes(List.of(glad), Purpose.NONE, Style.DEFAULT)).allSatisfy(t -> assertThat(t)
                .contains("that you are always glad to talk with analysts"));
        CommonGround team = ground(GroundKind.THEIR_NEED, "We're looking for outside help with audits for our app", "", 0.5);
        assertThat(notes(List.of(team), Purpose.NONE, Style.DEFAULT)).allSatisfy(t -> assertThat(t)
                .contains("you're looking for outside help with audits for your app"));
        // A sentence that cannot be turned round cleanly is quoted as it stands rather than mangled.
        CommonGround odd = ground(GroundKind.THEIR_NEED, "Coffee chats welcome for anyone new to research", "", 0.5);
        assertThat(notes(List.of(odd), Purpose.NONE, Style.DEFAULT)).allSatisfy(t -> assertThat(t)
                .contains("\"Coffee chats welcome for anyone new to research\""));
    }

    @Test
    void aQuestionIsTheOnlyThingTheNoteAsks() {
        for (DraftRequest r : Requests.connectPairs()) {
            for (Style style : everyStyle()) {
                for (Note n : drafter.draft(r.withStyle(style))) {
                    String t = n.text();
                    if (t.contains("?")) {
                        assertThat(t.substring(t.lastIndexOf('?'))).as(t)
                                .doesNotContain(" if ").doesNotContain("connected").doesNotContain("welcome");
                    }
                }
            }
        }
    }

    @Test
    void aWeakAngleNamesTheStrongerLinkToo() {
        DraftRequest r = Requests.alumniAdvice();
        List<Note> notes = drafter.draft(r);
        assertThat(notes).isNotEmpty();
        // the stronger link is named; no variant reads her own profile line back to her (a hand session of 6 December)
        assertThat(notes.get(0).text()).contains("University of Oregon");
        assertThat(notes).noneMatch(n -> n.angle().equals("their-need"));
    }
}
