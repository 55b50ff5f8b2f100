package dev.rapport.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a sentence is under negation. A statement under negation is a negative fact ("we have never
 * used SAP", "please don't send me offers", "no recruiters"): what it names is something the writer
 * does not do, want or have.
 *
 * <p>The scope of a negation is its clause: it ends at clause punctuation or a contrastive word ("but",
 * "just", "except" ...). A verbal negation ("not", "never", "don't") covers the whole clause, so the
 * subject is negated too ("SAP is not something we use"); a determiner ("no", "without", "nothing")
 * covers only what follows it ("no recruiters, please"). "Not only" and "not just" negate nothing.
 */
public final class Negation {
    /** A negated stretch of text: offsets into the original text (end exclusive) and the cue word. */
    public record Scope(int start, int end, String cue) {
        public boolean covers(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final Set<String> VERBAL = Set.of("not", "never", "n't", "cannot", "dont", "doesnt", "didnt", "isnt",
            "arent", "wasnt", "werent", "wont", "cant", "havent", "hasnt", "hadnt", "shouldnt", "wouldnt", "couldnt", "neither", "nor");
    private static final Set<String> NOMINAL = Set.of("no", "none", "nothing", "nobody", "without", "zero");
    private static final Set<String> BREAKS = Set.of("but", "though", "although", "however", "yet", "except", "instead",
            "whereas", "just", "only", "rather", "so", "because");
    private static final Set<String> EMBEDDING = Set.of("why", "how", "what", "whether", "which", "who", "where", "when");
    private static final Set<String> CANCEL = Set.of("only", "just", "sure", "doubt", "matter", "problem", "worries", "worry");

    private Negation() {
    }

    /** True when the token at {@code tokenIndex} of the sentence lies in a negation's scope. */
    public static boolean isNegated(Sentence sentence, int tokenIndex) {
        List<Token> words = sentence.words();
        if (tokenIndex < 0 || tokenIndex >= words.size()) {
            return false;
        }
        int offset = words.get(tokenIndex).start();
        return scopes(sentence).stream().anyMatch(s -> s.covers(offset));
    }

    /** True when the text at {@code offset} is under negation in its sentence. */
    public static boolean isNegatedAt(String text, int offset) {
        for (Sentence s : Language.english().sentences(text)) {
            if (s.contains(offset)) {
                return scopes(s).stream().anyMatch(sc -> sc.covers(offset));
            }
        }
        return false;
    }

    /** True when the sentence holds any negation at all. */
    public static boolean isNegative(Sentence sentence) {
        return !scopes(sentence).isEmpty();
    }

    /** True when a verb of the sentence is negated ("can't", "cant", "never", "cannot"), not only a noun ("no time", "without"). */
    public static boolean deniesAVerb(Sentence sentence) {
        return scopes(sentence).stream().anyMatch(s -> !NOMINAL.contains(s.cue()));
    }

    /** The negated stretches of a sentence, in order. */
    public static List<Scope> scopes(Sentence sentence) {
        List<Token> words = sentence.words();
        List<Scope> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String cue = cue(words.get(i));
            if (cue == null) {
                continue;
            }
            String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
            if (CANCEL.contains(next)) {
                continue;
            }
            int from = i;
            if (VERBAL.contains(cue) || cue.equals("n't")) {
                // ("I talked with her about why companies dont hire 3rd years": a negation inside a clause a question word opens
                // denies that clause, not the talk; a new user's meeting was read as none)
                while (from > 0 && !isBreak(words.get(from - 1)) && !EMBEDDING.contains(words.get(from - 1).lower())) {
                    from--;
                }
            }
            int to = i + 1;
            while (to < words.size() && !isBreak(words.get(to))) {
                to++;
            }
            out.add(new Scope(words.get(from).start(), words.get(to - 1).end(), cue));
        }
        return out;
    }

    /** The negation word a token is, normalised ("don't" and "dont" are "n't"), or null. */
    private static String cue(Token t) {
        String w = t.lower().replace('’', '\'');
        if (w.endsWith("n't") || w.equals("n't")) {
            return "n't";
        }
        if (VERBAL.contains(w) || NOMINAL.contains(w)) {
            return w;
        }
        return null;
    }

    private static boolean isBreak(Token t) {
        String w = t.lower();
        if (w.length() == 1 && ",;:.!?()[]—–|".indexOf(w.charAt(0)) >= 0 || w.equals("-") || w.equals("--")) {
            return true;
        }
        return BREAKS.contains(w.toLowerCase(Locale.ROOT));
    }
}
