package dev.rapport.etiquette;

import dev.rapport.profile.Profile;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A recruiter's shorthand ("perm NICU night RN role at a DC hospital client, 52-61/hr, 3x12s") reads to the intent model
 * as someone looking for a role; the sender's headline ("Nurse Recruiter") says which side they are on. The wrong-voice
 * rule's own patterns decide it, so the drafter, the gate and critique take one side.
 */
public final class SenderSide {
    private SenderSide() {
    }

    /**
     * True when the reason was read as job seeking (or as nothing, while it names a role), but the sender's headline is a
     * hirer's and the reason says nothing a candidate says (no application, no "my next role"): the sender is hiring.
     */
    public static boolean hirerReadAsSeeker(Rule voice, Profile me, Purpose p) {
        if (voice == null || me == null || p == null || p.has(Intent.HIRING)) {
            return false;
        }
        // ("audit manager role at a top 10 practice in Leeds, 70k, 4 day week": no intent read at all, but a role named)
        boolean unread = p.intents().isEmpty() && A_ROLE.matcher(p.text()).find();
        if (!p.has(Intent.JOB_SEEKING) && !unread) {
            return false;
        }
        return any(voice.phrases("hirer-headline-patterns"), me.headline())
                && !any(voice.phrases("seeker-reason-patterns"), p.text())
                && !any(voice.phrases("seeking-voice-patterns"), p.text());
    }

    private static final Pattern A_ROLE = Pattern.compile(
            "(?i)\\b(?:role|roles|position|job|vacancy|opening|contract|perm|permanent|temp|locum|shift|shifts)\\b");

    private static boolean any(List<String> patterns, String text) {
        String t = text == null ? "" : text;
        return patterns.stream().anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(t).find());
    }
}
