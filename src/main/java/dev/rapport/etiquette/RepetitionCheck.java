package dev.rapport.etiquette;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two sentences doing the same job: both asking to stay in touch ("It would be good to stay in
 * touch. I would be glad to be connected."), or saying mostly the same words twice.
 */
final class RepetitionCheck implements NoteCheck {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*|\\d+");
    private static final Pattern ANNOUNCED_ASK = Pattern.compile("(?i)^I(?:'d|’d| would) (?:like|love) to ask\\b");
    /** "I want to ask if you would co-supervise my MSc.", "I'd like to ask whether …": a question said to come. */
    private static final Set<String> MODALS = Set.of("would", "could", "will", "can", "shall", "might", "should", "you", "your");
    private static final Pattern ASKED_INSIDE = Pattern.compile("(?i)\\b(?:like|love|want|wanted) to ask\\b");
    private static final Pattern ASK_TO_COME = Pattern.compile("(?i)^I(?:'d|’d| would)? ?(?:like|love|want|wanted) to ask\\b");

    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        String text = note.note;
        List<Span> sentences = Sentences.split(text, Sentences.greeting(text, note.greeting()).end());
        Set<String> plain = NoteReading.lower(rule.phrases("plain-words"));
        List<String> jobs = rule.phrases("same-job");
        double overlap = rule.number("min-overlap", 0.6);
        List<Finding> out = new ArrayList<>();
        for (int j = 1; j < sentences.size(); j++) {
            Span later = sentences.get(j);
            for (int i = 0; i < j; i++) {
                Span earlier = sentences.get(i);
                // "You said units could pilot them once their guideline is in place. … Could we be one of the pilot units?": the
                // question asks on what the recipient said, which is its reason, not the same line again (a development pair lost it)
                if (later.of(text).strip().endsWith("?") && THEY_SAID.matcher(earlier.of(text)).lookingAt()) {
                    continue;
                }
                boolean sameJob = !note.book.findPhrases(earlier.of(text), jobs).isEmpty()
                        && !note.book.findPhrases(later.of(text), jobs).isEmpty();
                // "I would like to ask if you have tips …. I'd like to ask you about the grad scheme.": the note asks twice
                boolean askedTwice = i == j - 1 && ANNOUNCED_ASK.matcher(earlier.of(text).strip()).lookingAt()
                        && ANNOUNCED_ASK.matcher(later.of(text).strip()).lookingAt();
                if (sameJob || askedTwice || askedAgain(earlier.of(text), later.of(text), plain) || saidAgain(earlier.of(text), later.of(text)) || similar(earlier.of(text), later.of(text), plain, overlap)
                        || echoes(earlier.of(text), later.of(text), plain) || sameSelf(earlier.of(text), later.of(text), plain)) {
                    out.add(note.finding(rule, rule.severity(), later, "message", "fix",
                            Map.of("earlier", earlier.of(text))));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "We have the same problem." said twice, or inside a longer sentence: too few content words for the
     * overlap test, but the same three or more words in a row are the same sentence again.
     */
    private static boolean saidAgain(String a, String b) {
        String x = words(a);
        String y = words(b);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.split(" ").length >= 3 && (" " + longer + " ").contains(" " + shorter + " ");
    }

    // "I was your recruiter.", "I'm a senior healthcare recruiter at CarePath Staffing": the sender saying who they are
    private static final Pattern SELF = Pattern.compile(
            "(?i)^\\s*I(?:'m|’m| am| was|'ve been|’ve been| have been)\\s+(?:now\\s+|still\\s+)?(?:a|an|the|your|her|his|their)\\s+([^.!?,;]+)");

    /**
     * "I was your recruiter. I am a senior healthcare recruiter at CarePath Staffing.": two sentences saying who the
     * sender is, by the same role word; the second tells the reader nothing the first did not (a hand session's "longer"
     * added it). Another role ("I was your intern. I'm an analyst at Foo now.") is news and passes.
     */
    private static boolean sameSelf(String earlier, String later, Set<String> plain) {
        Matcher a = SELF.matcher(earlier);
        Matcher b = SELF.matcher(later);
        if (!a.lookingAt() || !b.lookingAt()) {
            return false;
        }
        Set<String> roles = content(a.group(1), plain);
        roles.retainAll(content(b.group(1), plain));
        return !roles.isEmpty();
    }

    private static String words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return String.join(" ", out);
    }

    private static boolean similar(String a, String b, Set<String> plain, double min) {
        Set<String> x = content(a, plain);
        Set<String> y = content(b, plain);
        if (x.size() < 3 || y.size() < 3) {
            return false;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() >= 3 && both.size() >= min * Math.min(x.size(), y.size());
    }

    /**
     * "… asked me to send you the slides. I'll send the slides.": a short later sentence whose every content
     * word the earlier one already said adds nothing, though it is too short for the overlap test.
     */
    private static boolean echoes(String earlier, String later, Set<String> plain) {
        Set<String> y = content(later, plain);
        // "I will send the sample through your page. I would like to ask how to send a sample.": the wish around the words is no news
        y.removeAll(FRAME);
        return y.size() >= 2 && content(earlier, plain).containsAll(y);
    }

    /**
     * "I want to ask if you would co-supervise my MSc. … Would you co-supervise my MSc on spider plant seed systems?": the
     * question said to come, then asked, is asked twice (a new user's first note).
     */
    private static boolean askedAgain(String earlier, String later, Set<String> plain) {
        if (!later.strip().endsWith("?")) {
            return false;
        }
        if (!ASK_TO_COME.matcher(earlier.strip()).lookingAt()) {
            // "I'm getting out in March and would like to ask if you'd be a reference. Would you be a reference?": the question
            // said to come inside a longer sentence, then asked, word for word (a veteran's first note)
            Matcher inside = ASKED_INSIDE.matcher(earlier);
            if (!inside.find()) {
                return false;
            }
            Set<String> announced = content(earlier.substring(inside.end()), plain);
            announced.removeAll(FRAME);
            Set<String> asked = content(later, plain);
            asked.removeAll(FRAME);
            // ("if you'd be …" against "Would you be …?": the modal and its contraction are the frame of a question too)
            announced.removeIf(w -> w.contains("'") || MODALS.contains(w));
            asked.removeIf(w -> w.contains("'") || MODALS.contains(w));
            return !announced.isEmpty() && announced.equals(asked);
        }
        Set<String> announced = content(earlier, plain);
        announced.removeAll(FRAME);
        return announced.size() >= 2 && content(later, plain).containsAll(announced);
    }

    private static final Pattern THEY_SAID = Pattern.compile("(?i)^\\s*you (?:said|mentioned|told (?:me|us)|explained|wrote)\\b");

    // the words that frame a wish or a question, cut like content words
    private static final Set<String> FRAME = Set.of("like", "love", "want", "wante", "ask", "asked", "glad", "happy", "know", "wonde", "hope");

    /** Content words cut to five letters, so "overlapped" and "overlaps" count as one. */
    private static Set<String> content(String s, Set<String> plain) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.length() >= 3 && !plain.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }
}
