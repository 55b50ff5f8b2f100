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
     * True when the reason was read as job seeking, but the sender's headline is a hirer's and the reason says nothing a
     * candidate says (no application, no "my next role"): the sender is hiring.
     */
    public static boolean hirerReadAsSeeker(Rule voice, Profile me, Purpose p) {
        if (voice == null || me == null || p == null || !p.has(Intent.JOB_SEEKING) || p.has(Intent.HIRING)) {
            return false;
        }
        return any(voice.phrases("hirer-headline-patterns"), me.headline())
                && !any(voice.phrases("seeker-reason-patterns"), p.text())
                && !any(voice.phrases("seeking-voice-patterns"), p.text());
    }

    private static boolean any(List<String> patterns, String text) {
        String t = text == null ? "" : text;
        return patterns.stream().anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(t).find());
    }
}
