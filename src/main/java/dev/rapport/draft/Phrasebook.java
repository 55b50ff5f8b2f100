package dev.rapport.draft;

import dev.rapport.text.BuiltIn;
import java.util.List;
import java.util.Map;

/**
 * The drafter's phrasings, read from {@code phrases.yaml}. Lists of lists are levels, richest
 * first; see the comments in the YAML for the placeholders.
 */
record Phrasebook(
        Map<Style.Tone, List<String>> greeting,
        Map<Style.Tone, List<String>> greetingNoName,
        Map<String, List<String>> opener,
        Map<Style.Tone, List<List<String>>> close,
        Map<String, List<List<String>>> context,
        List<WhyNow> whyNow,
        Map<String, List<String>> whyNowFallback,
        List<Question> questions,
        List<String> mention,
        String article,
        List<String> skillWords,
        List<String> plainWords,
        Voice secondPerson,
        Map<String, String> thanksVerbs,
        List<String> reasonSubjectless,
        List<String> who,
        List<String> whoAlone,
        List<String> whoOf,
        List<String> whoWas,
        List<String> whoStudied,
        List<String> whoAt,
        List<String> whyYou,
        Map<String, List<String>> closers,
        Map<String, List<String>> warmClosers,
        Map<Style.Tone, List<String>> toneClosers,
        AskSteps askSteps,
        Withholding withholding,
        String owedThanks) {

    /** Plainer asks put in place of the user's own when a rule holds theirs back (a stranger's time, a referral). */
    record AskSteps(String moreAboutIt, String adviceApplyingTo, String adviceApplyingFor, String thoughtsOn, String questionsInWriting,
            String timeInMinutes, String interviewInMinutes, String interview, String coffee, String callOrChat, String hearIt, String viewOn) {
    }

    /** What a name the user asks to keep out of the note is called instead. */
    record Withholding(String client, String organisation) {
    }

    /** How the target's own first-person sentence is said back to them. */
    record Voice(Map<String, String> swaps, Map<String, String> afterI, List<String> subjectless) {
    }

    /** Why-now phrasings for one intent. */
    record WhyNow(String intent, boolean relationshipOnly, List<List<String>> levels) {
    }

    /** Specific questions that suit any of {@code intents}. */
    record Question(List<String> intents, boolean relationshipOnly, List<String> requires, List<String> ask) {
        Question {
            requires = requires == null ? List.of() : List.copyOf(requires);
        }
    }

    private static final String RESOURCE = "/dev/rapport/draft/phrases.yaml";
    private static volatile Phrasebook builtIn;

    static Phrasebook builtIn() {
        Phrasebook p = builtIn;
        if (p == null) {
            p = load(RESOURCE, Phrasebook.class);
            builtIn = p;
        }
        return p;
    }

    /** Reads a bundled YAML resource; a missing or broken one is a packaging bug, reported in one line. */
    static <T> T load(String resource, Class<T> type) {
        return BuiltIn.read(resource, type);
    }
}
