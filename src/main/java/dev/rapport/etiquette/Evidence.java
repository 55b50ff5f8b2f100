package dev.rapport.etiquette;

import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Education;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.profile.Volunteering;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a note may truthfully say: everything the two profiles and the sender's reason state, as one
 * searchable text, plus the numbers in it. The truth rules look every claim up here.
 */
final class Evidence {
    /** A number as written: "4", "2022", "10,000" (the thousands' commas are one number, not "10" and "000"). */
    static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+");
    // a count said in words in a profile or post ("Four years at Mount Carmel") supports the same count in digits
    private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\-–—/]+");

    private final String profiles;
    private final String reason;
    private final Set<String> numbers = new HashSet<>();

    private Evidence(String profiles, String reason) {
        this.profiles = profiles;
        this.reason = reason;
        Matcher m = DIGITS.matcher(profiles + "\n" + reason);
        while (m.find()) {
            numbers.add(strip(m.group()));
        }
        Matcher w = WORD.matcher(profiles + "\n" + reason);
        while (w.find()) {
            int count = COUNT_WORDS.indexOf(w.group().toLowerCase(Locale.ROOT));
            if (count >= 0) {
                numbers.add(Integer.toString(count));
            }
        }
    }

    /** The evidence of one check's context; a {@link NoteReading} reads it once for all the rules that need it. */
    static Evidence read(NoteContext ctx) {
        List<String> parts = new ArrayList<>();
        for (Profile p : new Profile[] {ctx.me(), ctx.them()}) {
            if (p != null) {
                addProfile(parts, p);
            }
        }
        for (CommonGround g : ctx.ground()) {
            parts.add(g.subject());
            parts.add(g.detail());
            parts.add(g.period());
        }
        Purpose purpose = ctx.purpose();
        String why = purpose == null ? "" : purpose.text();
        // the drafter copy-edits the user's words ("breakfest" → "breakfast", "in nov" → "in November"): both spellings are the user's
        String tidied = why.isBlank() ? "" : dev.rapport.language.Copyedit.english().tidy(why, dev.rapport.language.Gazetteer.empty());
        return new Evidence(normal(String.join("\n", parts)), normal(why + "\n" + tidied));
    }

    private static void addProfile(List<String> parts, Profile p) {
        parts.add(p.name());
        parts.add(p.location());
        parts.add(p.searchableText());
        parts.add(p.freeText());
        parts.addAll(p.statements());
        for (Position pos : p.positions()) {
            parts.add(pos.location());
            parts.add(pos.dates().display());
        }
        for (Education e : p.education()) {
            parts.add(e.school() + "\n" + e.degree() + "\n" + e.activities() + "\n" + e.years().display());
        }
        for (Volunteering v : p.volunteering()) {
            parts.add(v.role() + "\n" + v.dates().display());
        }
    }

    /** True when the two profiles and the sender's reason are all known, so a missing claim means something. */
    static boolean complete(NoteContext ctx) {
        return ctx.me() != null && ctx.them() != null && ctx.purpose() != null && !ctx.purpose().text().isBlank();
    }

    /** True when the phrase is stated somewhere, whole-word, ignoring case, dashes and a plural or possessive ending. */
    boolean supports(String phrase) {
        String p = normal(phrase);
        if (p.isEmpty()) {
            return true;
        }
        return has(profiles, p) || has(reason, p) || p.endsWith("s") && p.length() > 3 && supports(p.substring(0, p.length() - 1));
    }

    /**
     * True when {@code token} is an acronym ("QA", "APs", "AMU") of words stated together somewhere ("quality assurance",
     * "Advanced Practitioners", "Acute Medical Unit"): a trainer's note and a nurse's were marked down for shortening what
     * the profiles or the reason say in full.
     */
    boolean expandsAcronym(String token) {
        String t = token.strip();
        if (t.endsWith("s") || t.endsWith("'s") || t.endsWith("’s")) {
            t = t.replaceFirst("(?:'s|’s|s)$", "");
        }
        if (!t.matches("\\p{Lu}{2,6}")) {
            return false;
        }
        String letters = t.toLowerCase(Locale.ROOT);
        return initialsIn(profiles, letters) || initialsIn(reason, letters);
    }

    private static final Set<String> ACRONYM_SKIPS = Set.of("of", "and", "the", "for", "in", "on", "to", "&");

    private static boolean initialsIn(String text, String letters) {
        String[] words = text.split("[^\\p{L}\\p{N}&]+");
        for (int i = 0; i < words.length; i++) {
            int k = 0;
            for (int j = i; j < words.length && k < letters.length(); j++) {
                String w = words[j];
                if (w.isEmpty() || k > 0 && ACRONYM_SKIPS.contains(w)) {
                    continue;
                }
                if (w.charAt(0) != letters.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == letters.length()) {
                return true;
            }
        }
        return false;
    }

    boolean inReason(String phrase) {
        String p = normal(phrase);
        return !p.isEmpty() && has(reason, p);
    }

    String reason() {
        return reason;
    }

    boolean supportsNumber(String digits) {
        return numbers.contains(strip(digits));
    }

    private static boolean has(String text, String phrase) {
        int at = text.indexOf(phrase);
        while (at >= 0) {
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + phrase.length();
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return false;
    }

    static String normal(String s) {
        String t = (s == null ? "" : s).toLowerCase(Locale.ROOT).replace('’', '\'').replace("'s ", " ");
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        return SPACE.matcher(t).replaceAll(" ").strip();
    }

    private static String strip(String digits) {
        String d = digits.replace(",", "").replaceFirst("^0+(?=\\d)", "");
        return d;
    }
}
