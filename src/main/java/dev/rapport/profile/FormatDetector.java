package dev.rapport.profile;

import java.util.List;
import java.util.regex.Pattern;

/** Tells the text formats apart by their content; file names are never consulted. */
final class FormatDetector {
    private static final Pattern JSON_RESUME_KEYS = Pattern.compile("\"(?:basics|work|education)\"\\s*:");
    /** "I'm Luis Ortega", "My name is …": a bio that introduces its writer. */
    private static final Pattern INTRODUCTION = Pattern.compile("\\b(?i:i['’]m|i am|my name is)\\s+\\p{Lu}\\p{L}+\\s+\\p{Lu}");

    private FormatDetector() {
    }

    /** The format of already-decoded text (exports are recognised earlier, from their folder or zip). */
    static SourceFormat detect(String text) {
        String s = text.stripLeading();
        if (s.startsWith("{") || s.startsWith("[")) {
            return SourceFormat.JSON_RESUME;
        }
        return sectionHeadings(PageLines.of(s)) > 0 ? SourceFormat.LINKEDIN_PAGE : SourceFormat.PROSE;
    }

    /**
     * Whether pasted text is a profile rather than a chat line: JSON Resume shape, or several lines with
     * section headings or date ranges, or a multi-line bio that introduces its writer.
     */
    static boolean looksLikeProfile(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String s = text.strip();
        if (s.startsWith("{")) {
            return JSON_RESUME_KEYS.matcher(s).find();
        }
        List<String> lines = PageLines.of(s);
        if (lines.size() < 3) {
            return false;
        }
        long dates = lines.stream().filter(l -> ProfileDates.rangeLine(l) != null).count();
        return sectionHeadings(lines) > 0 || dates > 0
                || (lines.size() >= 4 && INTRODUCTION.matcher(s).find());
    }

    private static long sectionHeadings(List<String> lines) {
        // The first line is the name and never a heading, even for someone called "Summary".
        return lines.stream().skip(1).map(PageLines::heading)
                .filter(k -> k != null && k != PageLines.Kind.IGNORED).count();
    }
}
