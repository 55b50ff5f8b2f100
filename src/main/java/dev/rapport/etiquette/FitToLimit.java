package dev.rapport.etiquette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A corrected note brought within the limit in whole sentences. What the note needs stays (the greeting, the
 * gaps to fill, the sign-off, how the two know each other, one ask); the other sentences that name something
 * specific come back in the note's order wherever they still fit, and the rest goes. A needed sentence too
 * long on its own loses its last clauses; only when that cannot help is it dropped (the context leaves its gap).
 */
final class FitToLimit {
    /** How much a part of the note is needed: lower is more. */
    enum Need { ALWAYS, CORE, DETAIL, SPARE }

    /** One sentence or gap of the note, and what stands in its place if it has to go ({@code null}: nothing). */
    record Part(String text, Need need, String instead) {
        Part(String text, Need need) {
            this(text, need, null);
        }
    }

    private FitToLimit() {
    }

    /** The note as {@code head} and {@code parts} joined, within {@code limit} characters whenever the needed parts allow. */
    static String fit(String head, List<Part> parts, int limit) {
        List<String> chosen = new ArrayList<>(parts.stream().map(Part::text).toList());
        if (length(join(head, chosen)) <= limit) {
            return join(head, chosen);
        }
        for (int i = 0; i < parts.size(); i++) {
            chosen.set(i, parts.get(i).need().compareTo(Need.CORE) <= 0 ? parts.get(i).text() : null);
        }
        shortenCore(head, parts, chosen, limit);
        // the ask goes before the context, which leaves its gap
        for (int i = parts.size() - 1; i >= 0 && length(join(head, chosen)) > limit; i--) {
            if (parts.get(i).need() == Need.CORE) {
                chosen.set(i, parts.get(i).instead());
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).need() == Need.DETAIL) {
                chosen.set(i, parts.get(i).text());
                if (length(join(head, chosen)) > limit) {
                    chosen.set(i, null);
                }
            }
        }
        return join(head, chosen);
    }

    /** The longest needed sentences lose their last clauses until the note fits or no clause can go. */
    private static void shortenCore(String head, List<Part> parts, List<String> chosen, int limit) {
        List<Integer> longestFirst = IntStream.range(0, parts.size()).boxed()
                .filter(i -> parts.get(i).need() == Need.CORE)
                .sorted(Comparator.comparingInt((Integer i) -> length(parts.get(i).text())).reversed()).toList();
        for (int i : longestFirst) {
            int over = length(join(head, chosen)) - limit;
            if (over <= 0) {
                return;
            }
            String sentence = chosen.get(i);
            int index = i;
            Clauses.shortened(sentence, length(sentence) - over).ifPresent(s -> chosen.set(index, s));
        }
    }

    static String join(String head, List<String> parts) {
        String body = String.join(" ", parts.stream().filter(Objects::nonNull).toList());
        if (head.isEmpty()) {
            return body.strip();
        }
        // "Dear Dr. Wham, my name is …": after a greeting's comma the sentence goes on in lower case, as the writer would have
        // typed it had the stock line before it never been there ("Dear Dr. Wham, My name …" in a corrected note)
        if (head.strip().endsWith(",")) {
            body = onAfterComma(body);
        }
        return (head.endsWith(" ") || head.endsWith("\n") ? head : head + " ") + body;
    }

    private static String onAfterComma(String body) {
        if (body.isEmpty() || !Character.isUpperCase(body.codePointAt(0))) {
            return body;
        }
        List<dev.rapport.language.Token> t = dev.rapport.language.Language.english().tokens(body.substring(0, Math.min(body.length(), 60)));
        if (t.isEmpty() || t.get(0).is("PROPN") || t.get(0).text().matches("I|I'.*|I’.*") || t.get(0).text().length() > 1
                && t.get(0).text().substring(1).chars().anyMatch(Character::isUpperCase)) {
            return body;
        }
        return Character.toLowerCase(body.charAt(0)) + body.substring(1);
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
