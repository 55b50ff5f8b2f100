package dev.rapport.draft;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user asks to keep out of the note. Names: "Recruiting for Harbourlight Pictures (client, confidential till Jan so
 * dont name them!!)" says the name as what it is ("a client") wherever the reason uses it, so no clause of the note can
 * carry it. A place kept back ("hall booking not confirmed yet so not say the venue") and the leave a referrer gives to use
 * their name ("… and use his name") are taken out of the words the note is made from. Pure.
 */
final class Withheld {
    // a name, then an aside in brackets that asks not to name it
    private static final Pattern NAME_THEN_ASIDE = Pattern.compile(
            "\\b((?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|of|&|and))*)\\s*\\(([^)]*)\\)");
    private static final Pattern DONT_NAME = Pattern.compile(
            "(?i)\\b(?:confidential|don'?t name|do not name|dont mention|don'?t mention|not to be named|can'?t name|cannot name"
            + "|under (?:an )?nda|keep (?:it|the name|them) (?:private|quiet|secret))\\b");
    private static final Pattern CLIENT = Pattern.compile("(?i)\\bclient\\b");
    private static final Pattern PERSON_ASIDE = Pattern.compile("(?i)\\b(?:her|him|his|she|he)\\b");

    // "…, or maybe anonymised claim data (maybe too much to ask in first message?)": an alternative the user doubts, with its doubt
    private static final Pattern DOUBTED_ALTERNATIVE = Pattern.compile(
            "(?i),?\\s+(?:or|and|\\+)\\s+(?:maybe|perhaps|possibly)\\s+[^,.;()?!]+?\\s*\\((?=[^)]*\\b(?:too much|too soon|too early|not sure|too pushy|maybe not)\\b)[^)]*\\)");

    private Withheld() {
    }

    /** The reason without an alternative ask the user doubts in an aside ("or maybe the data (maybe too much to ask?)"). */
    static String withoutDoubtedAsks(String reason) {
        if (reason == null) {
            return null;
        }
        String out = DOUBTED_ALTERNATIVE.matcher(reason).replaceAll("");
        // "I'd love to pick her brain over coffee about pricing, but I know that's a big ask from a stranger": the user's own
        // doubt withdraws the ask, and the doubt is for the tool (a founder's note said both to the recipient)
        out = DOUBTED_SENTENCE.matcher(out).replaceAll(" ").strip();
        // "… how early is too early to raise without it sounding like a pitch": how the note should sound is for the tool
        out = TONE_ASIDE.matcher(out).replaceAll("");
        // "want to invite her on a site visit and later ask about a gift": what the user means to do later is their plan, not the
        // note's (a fundraiser's note told a donor it would ask for a gift later)
        out = LATER_PLAN.matcher(out).replaceAll("");
        return LATER_SENTENCE.matcher(out).replaceAll(" ").strip();
    }

    private static final Pattern LATER_PLAN = Pattern.compile(
            "(?i),?\\s+(?:and|then|,)\\s+(?:maybe\\s+)?(?:later|eventually|down the line|at some point|in time|one day)\\s+(?:to\\s+)?"
                    + "(?:ask|bring up|mention|talk about|pitch|propose|raise|request|invite)\\b[^.!?;]*");
    private static final Pattern LATER_SENTENCE = Pattern.compile(
            "(?i)(?<=^|[.!?]\\s)[^.!?]*?\\b(?:I(?:'d| would)\\s+like\\s+to|I\\s+want\\s+to|I\\s+hope\\s+to|I\\s+plan\\s+to)\\s+"
                    + "(?:eventually|later(?:\\s+on)?|one day|at some point|down the line)\\s+(?:ask|pitch|propose|raise)\\b[^.!?]*[.!?]?");

    private static final Pattern DOUBTED_SENTENCE = Pattern.compile(
            "(?i)(?<=^|[.!?]\\s)[^.!?]*?\\b(?:but\\s+|though\\s+|although\\s+)?I\\s+know\\s+(?:that's|that is|it's|it is|this is|that'd be|it'd be)\\s+"
                    + "(?:a\\s+(?:big|huge|bit of an?)\\s+ask|a\\s+lot\\s+to\\s+ask|(?:a\\s+bit\\s+)?too\\s+much(?:\\s+to\\s+ask)?|(?:a\\s+bit\\s+)?cheeky|pushy|a\\s+stretch)"
                    + "[^.!?]*[.!?]?");
    private static final Pattern TONE_ASIDE = Pattern.compile(
            "(?i),?\\s+without\\s+(?:it\\s+)?(?:sounding|coming\\s+across|reading)\\s+(?:like|as)\\s+(?:a\\s+)?(?:sales\\s+)?(?:pitch|salesy|pushy|spam)\\b");

    /** The reason with each name the user asked to keep out said as "a client" (or "an organisation I can't name yet"), its aside gone. */
    static String of(String reason) {
        if (reason == null || reason.indexOf('(') < 0 || !DONT_NAME.matcher(reason).find()) {
            return reason;
        }
        String out = reason;
        Matcher m = NAME_THEN_ASIDE.matcher(reason);
        while (m.find()) {
            String name = m.group(1).strip();
            // (an organisation, not "I" nor a person the aside calls "her" or "him")
            if (!DONT_NAME.matcher(m.group(2)).find() || name.length() < 3 || PERSON_ASIDE.matcher(m.group(2)).find()) {
                continue;
            }
            Phrasebook.Withholding say = Phrasebook.builtIn().withholding();
            String instead = CLIENT.matcher(m.group(2)).find() ? say.client() : say.organisation();
            out = out.replace(m.group(), instead);
            // whole words only: "Harbour" is not withheld inside "Harbourside"
            out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(out)
                    .replaceAll(Matcher.quoteReplacement(instead));
        }
        return out;
    }

    private static final Pattern NOT_TO_SAY = Pattern.compile(
            // said to the tool, not told of the past: at the start of a sentence or an aside, or after "so", "please", "but"
            // ("so not say the venue"), never after a verb of the story ("I could not say enough", "we did not mention price")
            "(?i)(?:^|[(,;.!?]\\s*|\\b(?:so|pls|please|but|and|just|also)\\s+)(?:do not|don'?t|don’t|dont|not|never)\\s+(?:say|mention|write|include|name|tell (?:her|him|them))\\s+"
            + "(?:anything\\s+(?:about|on)\\s+)?(?:the\\s+|my\\s+|our\\s+|her\\s+|his\\s+)?(\\p{L}[\\p{L}-]{2,})");
    // "the venue", "the place": the place the reason names with "at" or "in"
    private static final Set<String> PLACE_WORDS = Set.of("venue", "place", "location", "hall", "where");
    // the words that point back at the aside the direction sits in ("not saying that ofc"): that aside never reaches a note
    private static final Set<String> POINTING = Set.of("that", "this", "yet", "anything", "it", "them", "him", "her");
    private static final Pattern PLACE = Pattern.compile("\\s+(?:at|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*)*");

    // "… said write to her and use his name", "he said … and I can say his name": leave to name the referrer, which the
    // note does by naming them; said to the recipient it repeats the sender's private instruction (a dev reviewer, r161)
    private static final Pattern LEAVE_TO_NAME = Pattern.compile(
            "(?i)\\s*(?:,\\s*|\\s+)(?:and\\s+)?(?:(?:that\\s+)?I\\s+(?:can|could|may|should)\\s+|to\\s+)?(?:use|mention|say|drop|give)\\s+(?:his|her|their)\\s+name\\b");

    /** The reason without what it says not to say, or the leave it gives to name someone; as it is when it says neither. */
    static String withoutWhatIsNotToBeSaid(String reason) {
        return withoutTheUnsaid(LEAVE_TO_NAME.matcher(reason).replaceAll(""));
    }

    private static String withoutTheUnsaid(String reason) {
        Matcher m = NOT_TO_SAY.matcher(reason);
        if (!m.find()) {
            return reason;
        }
        String what = m.group(1).toLowerCase(Locale.ROOT);
        if (POINTING.contains(what)) {
            return reason;
        }
        String before = reason.substring(0, m.start());
        String after = reason.substring(m.start());
        if (PLACE_WORDS.contains(what)) {
            Matcher place = PLACE.matcher(before);
            int start = -1;
            int end = -1;
            while (place.find()) {
                start = place.start();
                end = place.end();
            }
            return start < 0 ? reason : before.substring(0, start) + before.substring(end) + after;
        }
        // (another thing named is left to the reader of the reason: taking out every clause that names it took a held-aside
        // note's whole story with it)
        return reason;
    }
}
