package dev.rapport.draft;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user's reason tells the tool not to say ("hall booking not confirmed yet so not say the venue", "dont say
 * anything about funding"), taken out of the words the note is made from: the place the venue names, or the clauses
 * that name the thing. A note that says what its sender asked to keep back would be the worst kind of error. Pure.
 */
final class ReasonDirections {
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

    private ReasonDirections() {
    }

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
