package dev.rapport.etiquette;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence too long to keep whole, ended early at a clause boundary (", and …", ", because …", "; …", " — …"),
 * so that what is left is still a sentence: "It was lovely to meet you at the Forum last Thursday."
 */
final class Clauses {
    private static final Pattern BOUNDARY = Pattern.compile("(?i),\\s+(?=(?:and|but|because|as|so|which|where|who|when|while"
            + "|since|although|though|especially|including|after|before)\\b)|;\\s+|\\s+[—–-]\\s+|\\s+\\(|\\s+(?=because\\b)"
            // ("… your stand was sooo cool 🔥 would love to connect!!!": an emoji between two clauses ends the first; a student's
            // note lost its careers-fair line with the stock line after it)
            + "|\\s*[\\p{So}\\x{1F300}-\\x{1FAFF}]+\\s+");
    // fewer words than this before a boundary are no sentence of their own ("Thanks, and …")
    private static final int MIN_WORDS = 4;

    private Clauses() {
    }

    /**
     * Where the last clause that begins before {@code at} starts, as an offset into {@code sentence}: "my name is Kwame …
     * at the University of Leeds, and I would really appreciate it if you could refer me" ends its opening before ", and
     * I would …"; empty when no clause boundary stands before {@code at} after enough words to be a sentence.
     */
    static java.util.OptionalInt openingEnd(String sentence, int at) {
        Matcher m = BOUNDARY.matcher(sentence);
        int best = -1;
        while (m.find() && m.start() < at) {
            String opening = sentence.substring(0, m.start()).replaceAll("[\\s,;:]+$", "");
            if (opening.strip().split("\\s+").length >= MIN_WORDS) {
                best = opening.length();
            }
        }
        return best < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(best);
    }

    /**
     * The longest opening of {@code sentence} that ends at a clause boundary and, with its full stop, fits {@code budget}.
     * (Not ReasonWords.shorterCut: that steps a fact of the reason down before its detail, "… about …", by its tokens;
     * this fits a finished note's sentence to the limit at a clause boundary.)
     */
    static Optional<String> shortened(String sentence, int budget) {
        String s = sentence.strip();
        String end = s.endsWith("?") ? "?" : s.endsWith("!") ? "!" : ".";
        Matcher m = BOUNDARY.matcher(s);
        String best = null;
        while (m.find()) {
            String opening = s.substring(0, m.start()).replaceAll("[\\s,;:]+$", "");
            if (opening.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            String cut = opening + end;
            if (cut.codePointCount(0, cut.length()) > budget) {
                break;
            }
            best = cut;
        }
        return Optional.ofNullable(best);
    }
}
