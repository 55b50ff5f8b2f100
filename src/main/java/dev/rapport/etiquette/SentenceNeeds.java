package dev.rapport.etiquette;

import dev.rapport.text.SignOff;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How much a corrected note needs each sentence the writer kept: the sign-off always, the first sentence that
 * names something specific (how the two know each other) and the last ask most, other specific ones next, the
 * rest least. {@link FitToLimit} drops them in that order when the note is too long.
 */
final class SentenceNeeds {
    // a short closing line that ends on the sender's name ("Speak soon, Kumar", "Talk soon - Ana"), or thanks for the
    // reader's time ("Thank you so much for your time, Kwame")
    private static final Pattern NAMED_CLOSE = Pattern.compile(
            "(?:[^.?!,]{1,25}|(?i:thank\\s+you|thanks)[^.?!,]{0,40})[,—–-]\\s*\\p{Lu}[\\p{L}'’-]*\\.?");
    // a sentence that asks the reader something, with or without a question mark
    private static final Pattern ASKS_THE_READER = Pattern.compile(
            "\\?\\s*$|(?i)\\b(?:would|could|can)\\s+you\\b|\\b(?:love|like|keen|glad|happy)\\s+to\\s+(?:hear|know|learn)\\b"
            + "|\\bcurious\\s+(?:how|what|whether|if|about)\\b"
            // a request for their advice: "I would be grateful for any advice", "I'd appreciate your thoughts"
            + "|\\b(?:grateful|thankful)\\s+for\\s+(?:any|your)\\b|\\bappreciate\\s+(?:any|your)\\s+(?:advice|thoughts|insights?|tips|views?|input)\\b");

    private SentenceNeeds() {
    }

    /**
     * The kept sentences as parts of the note, the first {@code signOff} of them before the sign-off; {@code spans}
     * are where they stand in the note. {@code contextGap} stands in for the context sentence if it has to go
     * ({@code null} when the note already has that gap).
     */
    static List<FitToLimit.Part> of(NoteReading reading, List<Span> spans, List<String> kept, int signOff, String contextGap) {
        int context = -1;
        int ask = -1;
        for (int i = 0; i < signOff; i++) {
            if (context < 0 && specific(reading, spans.get(i))) {
                context = i;
            }
            if (asksTheReader(kept.get(i))) {
                ask = i;
            }
        }
        // the context a reader needs is about them ("I read about your move into data science …"); a biography that names
        // only the sender's own places ("My name is … at the Pennsylvania State University …") is detail (a student's long
        // note lost its reason and kept its biography)
        for (int i = 0; i < signOff && context >= 0 && !TO_THE_READER.matcher(kept.get(context)).find(); i++) {
            if (i != ask && (TO_THE_READER.matcher(kept.get(i)).find() && specific(reading, spans.get(i)) || THEIRS_READ.matcher(kept.get(i)).find())) {
                context = i;
            }
        }
        List<FitToLimit.Part> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String s = kept.get(i);
            if (i >= signOff) {
                out.add(new FitToLimit.Part(s, FitToLimit.Need.ALWAYS));
            } else if (i == context) {
                out.add(new FitToLimit.Part(s, FitToLimit.Need.CORE, contextGap));
            } else if (i == ask) {
                out.add(new FitToLimit.Part(s, FitToLimit.Need.CORE));
            } else {
                out.add(new FitToLimit.Part(s, specific(reading, spans.get(i)) ? FitToLimit.Need.DETAIL : FitToLimit.Need.SPARE));
            }
        }
        return out;
    }

    // "I read about your transition into data science": something of theirs the sender read, heard or saw
    private static final java.util.regex.Pattern THEIRS_READ = java.util.regex.Pattern.compile(
            "(?i)\\b(?:read|saw|heard|watched|listened|attended|loved|enjoyed)\\b[^.!?]{0,60}?\\byour\\s+\\p{L}+");
    private static final java.util.regex.Pattern TO_THE_READER = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:you|your|yours)(?![\\p{L}])");

    /** The sentence asks the reader something, with or without a question mark. */
    static boolean asksTheReader(String sentence) {
        return ASKS_THE_READER.matcher(sentence).find();
    }

    /**
     * Where the sign-off begins among the kept sentences ("Kumar", "Speak soon, Kumar", or "Warm regards," and "Kumar");
     * their count when there is none.
     */
    static int signOffStart(List<String> kept) {
        int n = kept.size();
        String last = n == 0 ? "" : kept.get(n - 1).strip();
        if (n == 0 || !(SignOff.isSignature(last) || NAMED_CLOSE.matcher(last).matches())) {
            return n;
        }
        boolean twoLines = n >= 2 && SignOff.isSignature(kept.get(n - 2).strip() + " " + last);
        return twoLines ? n - 2 : n - 1;
    }

    private static boolean specific(NoteReading reading, Span sentence) {
        return reading.hasSpecificIn(sentence.start(), sentence.end());
    }
}
