package dev.rapport.etiquette;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable things a note states: names (people, organisations, events, places: runs of
 * capitalised words), numbers, where the two met, and the sender's role. Each claim keeps its span
 * so a finding can point at it.
 */
final class NoteClaims {
    enum Kind { NAME, NUMBER, EVENT, ROLE }

    record Claim(Kind kind, String text, Span span) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.&-][\\p{L}\\p{N}]+)*");
    private static final Set<String> JOINERS = Set.of("of", "and", "the", "for", "de", "du", "la", "&", "on", "in");
    private static final Pattern DIGIT_RUN = Evidence.DIGITS;
    private static final Pattern DURATION_AFTER = Pattern.compile("(?i)\\s*-?\\s*(?:min|mins|minutes?)\\b");
    // "meet you at X", "met at X", "seeing you at X": X is where the two met, so it must be an event or a place they name.
    private static final Pattern MET_AT = Pattern.compile(
            "(?i)\\b(?:meet(?:ing)?|met|seeing|see|saw|chatting|talking|chatted|talked)\\s+(?:you\\s+|with\\s+you\\s+)?(?:at|during)\\s+(?:the\\s+)?");
    // ("I'm a librarian too": the role is "librarian", not "librarian too")
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(?:i\\s+am|i'm|i’m)\\s+(?:a|an)\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+?)(?=\\s+(?:at|in|with|for|who|and|on|from|based)\\b|\\s*[.,;:!?]|$)");
    private static final Pattern TRAILING_ADVERB = Pattern.compile("(?i)\\s+(?:too|also|as well|myself|now|here|again)$");

    private NoteClaims() {
    }

    /** The claims after {@code from} (the end of the greeting); {@code skip} lists words that are never claims. */
    static List<Claim> find(String note, int from, Set<String> skip) {
        List<Claim> out = new ArrayList<>();
        names(note, from, skip, out);
        Matcher d = DIGIT_RUN.matcher(note);
        d.region(from, note.length());
        while (d.find()) {
            // "can we book 20 min": the length of a proposed call is no fact about either of them
            if (!DURATION_AFTER.matcher(note).region(d.end(), note.length()).lookingAt()) {
                out.add(new Claim(Kind.NUMBER, d.group(), new Span(d.start(), d.end())));
            }
        }
        Matcher m = MET_AT.matcher(note);
        m.region(from, note.length());
        while (m.find()) {
            Span run = capitalRun(note, m.end(), skip);
            if (run != null) {
                out.add(new Claim(Kind.EVENT, run.of(note), run));
            }
        }
        Matcher r = ROLE.matcher(note);
        r.region(from, note.length());
        while (r.find()) {
            String role = TRAILING_ADVERB.matcher(r.group(1)).replaceFirst("");
            out.add(new Claim(Kind.ROLE, role, new Span(r.start(1), r.start(1) + role.length())));
        }
        return out;
    }

    private static void names(String note, int from, Set<String> skip, List<Claim> out) {
        Matcher m = TOKEN.matcher(note);
        int at = from;
        while (m.find(at)) {
            at = m.end();
            if (!isCapital(m.group()) || skip.contains(lower(m.group()))) {
                continue;
            }
            Span run = capitalRun(note, m.start(), skip);
            if (run == null) {
                continue;
            }
            at = run.end();
            String text = run.of(note);
            if (sentenceInitial(note, run.start(), from) && !properNoun(note, run.start())) {
                // A capital at a sentence start says nothing unless the tagger reads a name: keep only the rest of the run.
                int space = text.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                int start = run.start() + space + 1;
                while (start < run.end() && JOINERS.contains(lower(firstWord(note.substring(start, run.end()))))) {
                    start = note.indexOf(' ', start) + 1;
                    if (start <= 0) {
                        start = run.end();
                    }
                }
                if (start >= run.end()) {
                    continue;
                }
                run = new Span(start, run.end());
                text = run.of(note);
            }
            out.add(new Claim(Kind.NAME, text, run));
        }
    }

    /** The run of capitalised words starting at {@code start} (small joining words allowed inside), or null. */
    static Span capitalRun(String note, int start, Set<String> skip) {
        Matcher m = TOKEN.matcher(note);
        if (!m.find(start) || m.start() != start || !isCapital(m.group()) || skip.contains(lower(m.group()))) {
            return null;
        }
        int end = m.end();
        int at = m.end();
        while (m.find(at)) {
            String gap = note.substring(at, m.start());
            if (!gap.equals(" ")) {
                break;
            }
            String w = m.group();
            if (isCapital(w) && !skip.contains(lower(w))) {
                end = m.end();
            } else if (!JOINERS.contains(lower(w))) {
                break;
            }
            at = m.end();
        }
        return new Span(start, end);
    }

    static boolean isCapital(String token) {
        int first = token.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) && token.codePoints().anyMatch(Character::isUpperCase);
    }

    private static boolean sentenceInitial(String note, int start, int from) {
        if (start <= from) {
            return true;
        }
        int i = start - 1;
        while (i >= from && (Character.isWhitespace(note.charAt(i)) || "\"“‘'([".indexOf(note.charAt(i)) >= 0)) {
            i--;
        }
        return i < from || ".!?\n:…".indexOf(note.charAt(i)) >= 0;
    }

    /** True when the language layer tags the word at {@code offset} as a proper noun. */
    private static boolean properNoun(String note, int offset) {
        for (Sentence s : Language.english().sentences(note)) {
            if (s.contains(offset)) {
                int i = s.tokenAt(offset);
                return i >= 0 && s.tokens().get(i).start() == offset && s.tokens().get(i).is("PROPN") && !aThingOffered(s, i);
            }
        }
        return false;
    }

    /**
     * "Coffee next time I'm in Derby?", "Lunch when you're in town?": a question that opens on a noun and no verb after it
     * offers the thing; the tagger reads its capital as a name (a new user's note to someone she had met was told "Coffee" is
     * in neither profile). Written small, the word is a noun; a name is read as one too, so only in such a question.
     */
    private static boolean aThingOffered(Sentence s, int i) {
        if (i != 0 || s.tokens().size() < 3 || !s.text().strip().endsWith("?") || s.tokens().get(1).is("VERB") || s.tokens().get(1).is("AUX")
                || s.tokens().get(1).is("PROPN")) {
            return false;
        }
        String word = s.tokens().get(0).text();
        String small = word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
        List<Sentence> again = Language.english().sentences(small + s.text().strip().substring(word.length()));
        return !again.isEmpty() && !again.get(0).tokens().isEmpty() && again.get(0).tokens().get(0).is("NOUN");
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
