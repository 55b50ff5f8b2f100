package dev.rapport.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features a label model reads from a text. Always: lower-cased words and word pairs (numbers folded
 * to one word, the first word marked), a few shapes (a question, a percentage, an amount), any extra
 * evidence the caller names (a cue pattern that matched), and, when given, the sentence embedding's
 * dimensions as real values. Words come from the language layer's tokenizer (no part-of-speech tags, so
 * reading features never loads the tagger). A model may ask for more kinds ({@link Kind}), which the
 * model file records, so it is always read with the features it was trained on.
 */
public final class TextFeatures {
    /** Optional feature kinds. */
    public enum Kind {
        /** words and word pairs after a light suffix stemmer ("talked", "talking" → "talk") */
        STEMS,
        /** word classes in place of words: a capitalised name-like word, a month or weekday, a number */
        CLASSES,
        /** a word inside a negation's scope is also a feature of its own ("not:sell") */
        NEGATION,
        /** letter 4-grams inside words, for typos and unfamiliar word forms */
        LETTERS,
        /** three-word sequences (of stems when STEMS is on) */
        TRIPLES
    }

    /** The kinds of the models trained before kinds existed: none. */
    public static final Set<Kind> PLAIN = Set.of();

    // months and weekdays from the one calendar list, their short forms, and the other words that say when
    private static final Set<String> WHEN = java.util.stream.Stream.of(
            CalendarWords.MONTHS.stream(), CalendarWords.WEEKDAYS.stream(),
            java.util.stream.Stream.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "yesterday",
                    "today", "tonight", "tomorrow", "week", "weekend", "month", "year", "morning", "evening", "spring", "summer",
                    "autumn", "fall", "winter", "ago"))
            .flatMap(w -> w).map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> FUNCTION_CAPS = Set.of("i", "i'm", "i'd", "i've", "i'll");

    private TextFeatures() {
    }

    /** Feature names with their values (1 for words and shapes). */
    public record Features(String[] names, float[] values) {
    }

    public static Features of(String text, List<String> evidence, float[] embedding) {
        return of(PLAIN, text, evidence, embedding);
    }

    public static Features of(Set<Kind> kinds, String text, List<String> evidence, float[] embedding) {
        List<String> names = new ArrayList<>();
        names.add("bias");
        List<String> words = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Sentence s : Language.english().sentences(text)) {
            words.add("<s>");
            stems.add("<s>");
            classes.add("<s>");
            List<Token> tokens = s.words();
            List<Negation.Scope> scopes = kinds.contains(Kind.NEGATION) ? Negation.scopes(s) : List.of();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String w = fold(t.text());
                words.add(w);
                stems.add(stem(w));
                classes.add(wordClass(t.text(), w, i));
                for (Negation.Scope scope : scopes) {
                    if (scope.covers(t.start()) && !w.equals(scope.cue())) {
                        names.add("not:" + stem(w));
                    }
                }
                if (kinds.contains(Kind.LETTERS) && w.length() > 4 && !w.equals("<num>")) {
                    String padded = "^" + w + "$";
                    for (int k = 0; k + 4 <= padded.length(); k++) {
                        names.add("c=" + padded.substring(k, k + 4));
                    }
                }
            }
        }
        addSequence(names, "w=", "b=", words);
        if (kinds.contains(Kind.STEMS)) {
            addSequence(names, "s=", "sb=", stems);
        }
        if (kinds.contains(Kind.CLASSES)) {
            addSequence(names, null, "cb=", classes);
        }
        if (kinds.contains(Kind.TRIPLES)) {
            List<String> seq = kinds.contains(Kind.STEMS) ? stems : words;
            for (int i = 0; i + 2 < seq.size(); i++) {
                if (!seq.get(i + 1).equals("<s>") && !seq.get(i + 2).equals("<s>")) {
                    names.add("t=" + seq.get(i) + "_" + seq.get(i + 1) + "_" + seq.get(i + 2));
                }
            }
        }
        if (text.contains("?")) {
            names.add("shape=question");
        }
        if (text.contains("%") || text.matches("(?s).*\\b\\d+x\\b.*")) {
            names.add("shape=figure");
        }
        if (text.matches("(?s).*[$€£]\\s?\\d.*")) {
            names.add("shape=money");
        }
        for (String e : evidence) {
            names.add("cue=" + e);
        }
        int n = names.size();
        int dims = embedding == null ? 0 : embedding.length;
        String[] out = new String[n + dims];
        float[] values = new float[n + dims];
        int i = 0;
        for (String name : names) {
            out[i] = name;
            values[i++] = 1f;
        }
        for (int d = 0; d < dims; d++) {
            out[n + d] = "e" + d;
            values[n + d] = embedding[d];
        }
        return new Features(out, values);
    }

    /** The kinds as a model file records them ("STEMS,CLASSES"). */
    public static String spell(Set<Kind> kinds) {
        return String.join(",", new TreeSet<>(kinds.stream().map(Kind::name).toList()));
    }

    /** The kinds from their recorded spelling. */
    public static Set<Kind> parse(String spelled) {
        Set<Kind> out = java.util.EnumSet.noneOf(Kind.class);
        for (String k : spelled.split(",")) {
            if (!k.isBlank()) {
                out.add(Kind.valueOf(k.strip()));
            }
        }
        return out;
    }

    /** Words (single: prefix1; pairs: prefix2) of a sequence with sentence marks "<s>"; a null prefix1 skips singles. */
    private static void addSequence(List<String> names, String single, String pair, List<String> seq) {
        for (int i = 0; i < seq.size(); i++) {
            String w = seq.get(i);
            if (single != null && !w.equals("<s>")) {
                names.add(single + w);
            }
            if (i + 1 < seq.size() && !seq.get(i + 1).equals("<s>")) {
                names.add(pair + w + "_" + seq.get(i + 1));
            }
        }
    }

    private static String wordClass(String raw, String folded, int position) {
        if (folded.equals("<num>")) {
            return "<num>";
        }
        if (WHEN.contains(folded)) {
            return "<when>";
        }
        if (position > 0 && Character.isUpperCase(raw.charAt(0)) && !FUNCTION_CAPS.contains(folded)) {
            return "<cap>";
        }
        return stem(folded);
    }

    /** A light English suffix stemmer: enough to fold "meeting/meets/met"-style endings, not a lemmatizer. */
    static String stem(String w) {
        if (w.length() <= 4 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        String[][] rules = {{"ational", "ate"}, {"ization", "ize"}, {"ations", "ate"}, {"ation", "ate"}, {"ings", ""},
            {"ing", ""}, {"ies", "y"}, {"ied", "y"}, {"edly", ""}, {"ed", ""}, {"ers", ""}, {"er", ""}, {"ly", ""},
            {"es", ""}, {"s", ""}};
        for (String[] r : rules) {
            if (w.endsWith(r[0]) && w.length() - r[0].length() >= 3) {
                if (r[0].equals("s") && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) {
                    return w;
                }
                String base = w.substring(0, w.length() - r[0].length()) + r[1];
                int k = base.length();
                if (r[1].isEmpty() && k >= 2 && base.charAt(k - 1) == base.charAt(k - 2) && "bdgmnprt".indexOf(base.charAt(k - 1)) >= 0) {
                    base = base.substring(0, k - 1);
                }
                return base;
            }
        }
        return w;
    }

    private static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.chars().anyMatch(Character::isDigit)) {
            return "<num>";
        }
        return w;
    }
}
