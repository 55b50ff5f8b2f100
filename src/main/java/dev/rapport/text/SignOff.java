package dev.rapport.text;

import java.util.regex.Pattern;

/**
 * The words that close a note before the sender's name ("Best wishes, Ingrid", "Thanks, Omar"), in one
 * place for the drafter, the repairer and the critique's rewrite. Pure.
 */
public final class SignOff {
    // longer phrases first, so "best regards" is never read as "best" and a stray "regards"
    private static final String VALEDICTIONS = "with kind regards|best wishes|best regards|kind regards|warm wishes|warm regards"
            + "|all the best|regards|cheers|warmly|best";
    private static final String THANKS = "thank you|thanks";
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*";

    private static final Pattern VALEDICTION_LINE = Pattern.compile("(?i)^(?:" + VALEDICTIONS + ")\\.$");
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?:[-—–]\\s*)?(?i:(?:" + VALEDICTIONS + "|" + THANKS + ")[,!.]?\\s*)?" + NAME + "(?:\\s" + NAME + ")?\\.?");
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)\\s*(?:[-—–]\\s*)?(?:(?:" + VALEDICTIONS + "|" + THANKS + ")[,!.]?\\s*)?(\\p{L}[\\p{L}'’-]*)\\.?\\s*$");

    private static final Pattern LEAD = Pattern.compile("(?i)^(?:[-—–]\\s*)?(?:(?:" + VALEDICTIONS + "|" + THANKS + ")[,!.]?\\s*)?");

    private SignOff() {
    }

    /**
     * A sentence that is only a valediction ("Best wishes."), which stands before the name; "Thank you." is
     * left out, since it is said to the reader ("Thank you, Darren" would thank Darren).
     */
    public static boolean isValediction(String sentence) {
        return VALEDICTION_LINE.matcher(sentence).matches();
    }

    /** A last line that is a signature: a name, with or without the words before it ("Kind regards, Ana Ruiz", "- Kyle"). */
    public static boolean isSignature(String line) {
        return SIGNATURE.matcher(line).matches();
    }

    /** The name a signature signs with, without the words before it ("Kind regards, Ana Ruiz" gives "Ana Ruiz"). */
    public static String name(String signature) {
        return LEAD.matcher(signature.strip()).replaceFirst("").replaceFirst("\\.$", "");
    }

    /** The sign-off at the end of a text, its last word (the name) in group 1. */
    public static Pattern trailing() {
        return TRAILING;
    }
}
