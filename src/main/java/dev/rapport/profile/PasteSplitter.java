package dev.rapport.profile;

import dev.rapport.profile.PageLines.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One paste, one profile: text copied from LinkedIn pages that holds a second profile after the first
 * (About, Experience or Education starting again) is cut where the second one's top begins, at the
 * last empty line before its section. When there is no empty line to cut at, the paste is reported
 * as several profiles that cannot be told apart, so that a front end asks instead of merging them.
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
            int cut = blankBefore(raw, i, start);
            if (cut < 0) {
                return List.of();
            }
            parts.add(join(raw, start, cut));
            start = cut + 1;
            seen.clear();
            seen.add(kind);
        }
        parts.add(join(raw, start, raw.length));
        return parts;
    }

    /** The last empty line before {@code at}, within a profile top's length; -1 if there is none. */
    private static int blankBefore(String[] raw, int at, int start) {
        int content = 0;
        for (int j = at - 1; j > start; j--) {
            if (raw[j].isBlank()) {
                if (content == 0) {
                    continue; // the space between the second profile's top and its section
                }
                return j;
            }
            if (++content > MAX_TOP_LINES) {
                return -1;
            }
        }
        return -1;
    }

    private static String join(String[] raw, int from, int to) {
        return String.join("\n", java.util.Arrays.asList(raw).subList(from, to)).strip() + "\n";
    }
}
