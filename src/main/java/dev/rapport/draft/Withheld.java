package dev.rapport.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the user asks to keep out of the note: "Recruiting for Harbourlight Pictures (client, confidential till Jan so
 * dont name them!!)". The name is said as what it is ("a client") wherever the reason uses it, so no clause of the note
 * can carry it. Pure.
 */
final class Withheld {
    // a name, then an aside in brackets that asks not to name it
    private static final Pattern NAME_THEN_ASIDE = Pattern.compile(
            "\\b((?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|of|&|and))*)\\s*\\(([^)]*)\\)");
    private static final Pattern DONT_NAME = Pattern.compile(
            "(?i)\\b(?:confidential|don'?t name|do not name|dont mention|don'?t mention|not to be named|can'?t name|cannot name"
            + "|under (?:an )?nda|keep (?:it|the name|them) (?:private|quiet|secret))\\b");
    private static final Pattern CLIENT = Pattern.compile("(?i)\\bclient\\b");
    private static final Pattern PERSON_ASIDE = Pattern.compile("(?i)\\b(?:her|him|his|she|he)\\b");

    // "…, or maybe anonymised claim data (maybe too much to ask in first message?)": an alternative the user doubts, with its doubt
    private static final Pattern DOUBTED_ALTERNATIVE = Pattern.compile(
            "(?i),?\\s+(?:or|and|\\+)\\s+(?:maybe|perhaps|possibly)\\s+[^,.;()?!]+?\\s*\\((?=[^)]*\\b(?:too much|too soon|too early|not sure|too pushy|maybe not)\\b)[^)]*\\)");

    private Withheld() {
    }

    /** The reason without an alternative ask the user doubts in an aside ("or maybe the data (maybe too much to ask?)"). */
    static String withoutDoubtedAsks(String reason) {
        return reason == null ? null : DOUBTED_ALTERNATIVE.matcher(reason).replaceAll("");
    }

    /** The reason with each name the user asked to keep out said as "a client" (or "an organisation I can't name yet"), its aside gone. */
    static String of(String reason) {
        if (reason == null || reason.indexOf('(') < 0 || !DONT_NAME.matcher(reason).find()) {
            return reason;
        }
        String out = reason;
        Matcher m = NAME_THEN_ASIDE.matcher(reason);
        while (m.find()) {
            String name = m.group(1).strip();
            // (an organisation, not "I" nor a person the aside calls "her" or "him")
            if (!DONT_NAME.matcher(m.group(2)).find() || name.length() < 3 || PERSON_ASIDE.matcher(m.group(2)).find()) {
                continue;
            }
            Phrasebook.Withholding say = Phrasebook.builtIn().withholding();
            String instead = CLIENT.matcher(m.group(2)).find() ? say.client() : say.organisation();
            out = out.replace(m.group(), instead);
            // whole words only: "Harbour" is not withheld inside "Harbourside"
            out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(out)
                    .replaceAll(Matcher.quoteReplacement(instead));
        }
        return out;
    }
}
