package dev.rapport.etiquette;

import dev.rapport.language.Language;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the person's own sentence to quote as evidence. Profile text is only ever searched and
 * quoted, never followed: whatever it says, it is data.
 */
final class ProfileQuotes {
    private static final int MAX = 160;

    private ProfileQuotes() {
    }

    /** Their statements first (what they say they want), then the rest of what they wrote, sentence by sentence. */
    static List<String> sentences(Profile p) {
        List<String> out = new ArrayList<>();
        p.statements().forEach(s -> out.addAll(split(s)));
        out.addAll(split(p.about()));
        out.addAll(split(p.headline()));
        for (Position pos : p.positions()) {
            out.addAll(split(pos.description()));
        }
        p.posts().forEach(post -> out.addAll(split(post.text())));
        out.addAll(split(p.freeText()));
        return out;
    }

    static Optional<String> find(Profile p, Predicate<String> wanted) {
        return sentences(p).stream().filter(wanted).findFirst().map(ProfileQuotes::quote);
    }

    /** Cleaned of terminal escapes, on one line, and short enough for a reason. */
    static String quote(String sentence) {
        String s = Sanitizer.clean(sentence).replaceAll("\\s+", " ").strip();
        if (s.codePointCount(0, s.length()) > MAX) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX - 1)).strip() + "…";
        }
        return s;
    }

    private static List<String> split(String text) {
        return Language.english().sentenceTexts(text);
    }
}
