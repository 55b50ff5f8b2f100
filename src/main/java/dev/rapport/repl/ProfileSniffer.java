package dev.rapport.repl;

import java.util.regex.Pattern;

/**
 * Tells a pasted profile from a line of chat, so that a paste needs no command. Errs towards chat:
 * a short line is never a profile, because a reply misread as a profile would be surprising.
 */
final class ProfileSniffer {
    private static final Pattern SECTION = Pattern.compile(
            "(?m)^\\s*(?:About|Experience|Education|Skills|Volunteering|Volunteer experience|Activity|Licenses & certifications|Open to work)\\s*$");
    private static final Pattern JSON_RESUME = Pattern.compile("\\A\\s*\\{[\\s\\S]*\"(?:basics|work|education)\"\\s*:");
    private static final Pattern PROSE = Pattern.compile("(?i)\\A\\s*(?:i'?m|i am|my name is|hi,? i'?m|hello,? i'?m)\\s+\\p{Lu}");

    private ProfileSniffer() {
    }

    static boolean looksLikeProfile(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (JSON_RESUME.matcher(text).find() || SECTION.matcher(text).find()) {
            return true;
        }
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        if (lines >= 3 && text.strip().length() >= 80) {
            return true;
        }
        return PROSE.matcher(text).find() && text.strip().length() >= 160;
    }
}
