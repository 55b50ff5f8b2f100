package dev.rapport.profile;

import dev.rapport.text.Sanitizer;
import java.util.List;

/**
 * The last step of every reader: no string leaves the profile package with a terminal control
 * sequence in it, even one that arrived escaped inside JSON or quoted inside CSV.
 */
final class ProfileCleaner {
    private ProfileCleaner() {
    }

    static Profile clean(Profile p) {
        return new Profile(line(p.name()), withoutTheName(line(p.name()), line(p.headline())), line(p.location()), text(p.about()),
                p.positions().stream().map(ProfileCleaner::clean).toList(),
                p.education().stream().map(e -> new Education(line(e.school()), line(e.degree()), e.years(),
                        text(e.activities()))).toList(),
                p.volunteering().stream().map(v -> new Volunteering(line(v.organisation()), line(v.role()),
                        line(v.cause()), v.dates(), text(v.description()))).toList(),
                lines(p.skills()),
                p.posts().stream().map(post -> new Post(text(post.text()), line(post.when()))).toList(),
                lines(p.groups()), p.preferences(), lines(p.statements()), text(p.freeText()), p.format());
    }

    /**
     * "Mark Briers, Chief Data and Analytics Officer, Royal Mail" as the headline of Mark Briers: a page's title line that
     * starts with the name gives the headline after it (a new user's notes read "Mark Briers, Chief Data …" as his headline).
     */
    static String withoutTheName(String name, String headline) {
        if (name.isBlank() || headline.length() <= name.length() || !headline.regionMatches(true, 0, name, 0, name.length())) {
            return headline;
        }
        String rest = headline.substring(name.length());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[,|:–—-]\\s*(\\S.*)$").matcher(rest);
        return m.matches() ? m.group(1).strip() : headline;
    }

    private static Position clean(Position p) {
        return new Position(line(p.company()), line(p.title()), p.dates(), line(p.location()), text(p.description()));
    }

    private static List<String> lines(List<String> items) {
        return items.stream().map(ProfileCleaner::line).filter(s -> !s.isBlank()).distinct().toList();
    }

    /** Multi-line text keeps its line breaks; runs of blank lines shrink to one. */
    static String text(String s) {
        return Sanitizer.clean(s).replace('\u00A0', ' ').replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Single-line fields: whitespace, including line breaks, collapses to one space. */
    static String line(String s) {
        return Sanitizer.clean(s).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
