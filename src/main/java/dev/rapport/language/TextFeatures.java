package dev.rapport.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features a label model reads from a text: lower-cased words and word pairs (numbers folded to
 * one word, the first word marked), a few shapes (a question, a percentage, an amount), any extra
 * evidence the caller names (a cue pattern that matched), and, when given, the sentence embedding's
 * dimensions as real values. Words come from the language layer's tokenizer.
 */
public final class TextFeatures {
    private TextFeatures() {
    }

    /** Feature names with their values (1 for words and shapes). */
    public record Features(String[] names, float[] values) {
    }

    public static Features of(String text, List<String> evidence, float[] embedding) {
        List<String> names = new ArrayList<>();
        names.add("bias");
        List<String> words = new ArrayList<>();
        for (Sentence s : Language.english().sentences(text)) {
            words.add("<s>");
            for (Token t : s.words()) {
                words.add(fold(t.text()));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.equals("<s>")) {
                names.add("w=" + w);
            }
            if (i + 1 < words.size() && !words.get(i + 1).equals("<s>")) {
                names.add("b=" + w + "_" + words.get(i + 1));
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
        for (int i = 0; i < n; i++) {
            out[i] = names.get(i);
            values[i] = 1f;
        }
        for (int d = 0; d < dims; d++) {
            out[n + d] = "e" + d;
            values[n + d] = embedding[d];
        }
        return new Features(out, values);
    }

    private static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.chars().anyMatch(Character::isDigit)) {
            return "<num>";
        }
        return w;
    }
}
