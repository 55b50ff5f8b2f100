package dev.rapport.llm;

import dev.rapport.profile.Profile;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.ModelEvidence;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.WeighedEvidence;
import dev.rapport.text.Sanitizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a model's evidence answer against the text it claims to quote, strictly: an intent must be one
 * of rapport's labels, and every quote must be found verbatim (after whitespace is normalised, and
 * curly quotes read as straight ones) in the reason, or in the profile it comes from. Whatever fails is
 * dropped and counted; nothing the model says is taken on its word. Pure.
 */
final class EvidenceCheck {
    /** A quote shorter than this many words proves nothing: "we" or "SAP" is found in almost any text. */
    static final int MIN_WORDS = 2;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EvidenceCheck() {
    }

    static ModelEvidence check(EvidenceAnswer answer, String reason, Profile me, Profile them) {
        int discarded = 0;
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        for (String label : answer.intents()) {
            Optional<Intent> i = Intent.fromLabel(label == null ? "" : label.strip());
            if (i.isPresent()) {
                intents.add(i.get());
            } else {
                discarded++;
            }
        }
        String why = normal(reason);
        List<Purpose.StatedRelationship> stated = new ArrayList<>();
        if (answer.stated().isPresent()) {
            EvidenceAnswer.Quote q = answer.stated().get();
            String kind = q.label().strip();
            String text = quoted(q.text());
            boolean known = EvidenceAnswer.KINDS.contains(kind);
            if (!known || !found(text, why)) {
                discarded++;
            } else if (kind.equals("referral")) {
                stated.add(new Purpose.StatedRelationship("referral", text, true));
            } else {
                // an online acquaintance is a known kind but no relationship in rapport's rules: nothing to add
                WeighedEvidence.kindOf(kind).ifPresent(k -> stated.add(new Purpose.StatedRelationship(k, text, true)));
            }
        }
        String theirs = normal(them == null ? "" : them.searchableText());
        String mine = normal(me == null ? "" : me.searchableText());
        List<ModelEvidence.NegativeFact> negative = new ArrayList<>();
        for (EvidenceAnswer.Quote q : answer.negative()) {
            String text = quoted(q.text());
            ModelEvidence.Source source = found(text, theirs) ? ModelEvidence.Source.TARGET
                    : found(text, mine) ? ModelEvidence.Source.SENDER
                    : found(text, why) ? ModelEvidence.Source.REASON : null;
            if (source == null) {
                discarded++;
            } else {
                negative.add(new ModelEvidence.NegativeFact(text, Sanitizer.clean(q.label()).strip(), source));
            }
        }
        return new ModelEvidence(intents, stated, negative, discarded);
    }

    /** The quote as a model gave it, on one line, without the quotation marks it may have put around it. */
    static String quoted(String text) {
        String s = normal(text);
        return s.replaceAll("^[\"'«“”]+|[\"'»“”]+$", "").strip();
    }

    /** Whether {@code quote} (already normal) is in {@code haystack} (already normal) and long enough to mean something. */
    static boolean found(String quote, String haystack) {
        return !quote.isBlank() && quote.split(" ").length >= MIN_WORDS && haystack.contains(quote);
    }

    /** Whitespace collapsed, curly quotes and apostrophes made straight, control characters removed. */
    static String normal(String text) {
        String s = Sanitizer.clean(text == null ? "" : text).replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"');
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
