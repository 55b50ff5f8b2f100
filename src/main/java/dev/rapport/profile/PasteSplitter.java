package dev.rapport.profile;

import dev.rapport.profile.PageLines.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One paste, one profile: text copied from LinkedIn pages that holds a second profile after the first
 * (About, Experience or Education starting again) is cut where the second one's top begins: at its
 * name line when the page repeats it (as a LinkedIn page copy does), else at the last empty line
 * before its section. The top never holds a section heading, so the cut never falls above the first
 * profile's last section (its Skills, say) when the two pages meet without an empty line. When there
 * is no place to cut, the paste is reported as several profiles that cannot be told apart, so that a
 * front end asks instead of merging them.
 */
final class PasteSplitter {
    /** A profile's top (name, pronouns, headline, location, connections…) is never longer than this. */
    private static final int MAX_TOP_LINES = 10;
    private static final Set<Kind> ONCE_PER_PROFILE = EnumSet.of(Kind.ABOUT, Kind.EXPERIENCE, Kind.EDUCATION);

    private PasteSplitter() {
    }

    /** The profiles' texts in order: one element for an ordinary paste, none when it holds several that cannot be cut apart. */
    static List<String> split(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> parts = new ArrayList<>();
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        String previous = null;
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].replace('\u00A0', ' ').replaceAll("[ \t]+", " ").strip();
            if (line.isEmpty() || PageLines.isNoise(line)) {
                continue;
            }
            Kind kind = PageLines.heading(line);
            boolean repeatedHeading = line.equalsIgnoreCase(previous);
            previous = line;
            if (kind == null || repeatedHeading || !ONCE_PER_PROFILE.contains(kind)) {
                continue;
            }
            if (seen.add(kind)) {
                continue;
            }
            int top = topBefore(raw, i, start);
            if (top < 0) {
                return List.of();
            }
            parts.add(join(raw, start, top));
            start = top;
            seen.clear();
            seen.add(kind);
        }
        parts.add(join(raw, start, raw.length));
        return parts;
    }

    /**
     * The first line of the second profile's top, which ends just before {@code at}: the name line
     * that the page repeats, else the line after the last empty line; -1 if the top cannot be found
     * within a top's length or without reaching back into a section heading.
     */
    private static int topBefore(String[] raw, int at, int start) {
        int content = 0;
        int afterBlank = -1;
        for (int j = at - 1; j > start; j--) {
            String line = raw[j].strip();
            if (line.isEmpty()) {
                if (content > 0 && afterBlank < 0) {
                    afterBlank = j + 1;
                }
                continue;
            }
            if (PageLines.heading(line) != null || ++content > MAX_TOP_LINES) {
                break;
            }
            if (line.equalsIgnoreCase(raw[j - 1].strip()) && j - 1 > start) {
                return j - 1; // "Ma. Cristina Reyes" twice: where a copied page begins
            }
        }
        return afterBlank;
    }

    private static String join(String[] raw, int from, int to) {
        return String.join("\n", java.util.Arrays.asList(raw).subList(from, to)).strip() + "\n";
    }
}
