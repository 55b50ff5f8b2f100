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

    /** The first sentence says who the writer is: "I'm a charge nurse in …", "I am an RN at …", "I have been a …". */
    private static final Pattern FIRST_PERSON_ROLE = Pattern.compile(
            "^\\W*(?i:i['’]m|i\\s+am|i['’]ve\\s+been|i\\s+have\\s+been|i\\s+work\\s+as)\\s+(?i:a|an|the)\\s+\\p{L}");
    /** What a reason to connect says and a bio does not: the other person, or a wish or an ask. */
    private static final Pattern REASON_WORDS = Pattern.compile(
            "(?i)\\b(?:he|she|him|her|his|hers|they|them|their|you|your|connect|connecting|reach\\s+out|want|wants|wanted"
            + "|would\\s+like|i['’]d\\s+like|hope|hoping|love\\s+to|ask|congratulate|met|meet|invite|introduce)\\b");

    /**
     * A one-paragraph first-person bio ("I'm a charge nurse in the cardiac step-down unit at Grant Medical Center. I've
     * precepted new grads for six years."): two sentences or more, the first saying who the writer is, and none that
     * names another person or wants anything, as a reason to connect would.
     */
    static boolean looksLikeBio(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        List<String> sentences = dev.rapport.language.Language.english().sentenceTexts(text.strip());
        return sentences.size() >= 2 && FIRST_PERSON_ROLE.matcher(sentences.get(0)).find()
                && !REASON_WORDS.matcher(text).find();
    }

    private static long sectionHeadings(List<String> lines) {
        // The first line is the name and never a heading, even for someone called "Summary".
        return lines.stream().skip(1).map(PageLines::heading)
                .filter(k -> k != null && k != PageLines.Kind.IGNORED).count();
    }
}
