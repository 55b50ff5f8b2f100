package dev.rapport.etiquette;

import dev.rapport.profile.Profile;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.regex.Pattern;

/**
 * A recruiter's shorthand ("perm NICU night RN role at a DC hospital client, 52-61/hr, 3x12s") reads to the intent model
 * as someone looking for a role; the sender's headline ("Nurse Recruiter") says which side they are on. The wrong-voice
 * rule's own patterns decide it, so the drafter, the gate and critique take one side.
 */
public final class SenderSide {
    private SenderSide() {
    }

    // one book per rule set, as each check has: a user's patterns are compiled once and run on the rule set's regex budget
    private static final java.util.Map<RuleSet, PatternBook> BOOKS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** As {@link #hirerReadAsSeeker(Rule, Profile, Purpose, PatternBook)}, with the rule set's wrong-voice rule. */
    public static boolean hirerReadAsSeeker(RuleSet rules, Profile me, Purpose p) {
        Rule voice = rules.rule("wrong-voice").orElse(null);
        return voice != null && hirerReadAsSeeker(voice, me, p, BOOKS.computeIfAbsent(rules, PatternBook::new));
    }

    /**
     * True when the reason was read as job seeking (or as nothing, while it names a role), but the sender's headline is a
     * hirer's and the reason says nothing a candidate says (no application, no "my next role"): the sender is hiring.
     */
    static boolean hirerReadAsSeeker(Rule voice, Profile me, Purpose p, PatternBook book) {
        if (me == null || p == null || p.has(Intent.HIRING)) {
            return false;
        }
        // ("audit manager role at a top 10 practice in Leeds, 70k, 4 day week": no intent read at all, but a role named)
        boolean unread = p.intents().isEmpty() && A_ROLE.matcher(p.text()).find();
        if (!p.has(Intent.JOB_SEEKING) && !unread) {
            return false;
        }
        return !book.findPatterns(me.headline(), voice.phrases("hirer-headline-patterns")).isEmpty()
                && book.findPatterns(p.text(), voice.phrases("seeker-reason-patterns")).isEmpty()
                && book.findPatterns(p.text(), voice.phrases("seeking-voice-patterns")).isEmpty();
    }

    private static final Pattern A_ROLE = Pattern.compile(
            "(?i)\\b(?:role|roles|position|job|vacancy|opening|contract|perm|permanent|temp|locum|shift|shifts)\\b");
}
