package dev.rapport.draft;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sender's own work in their own words ("I ran a similar study with 12 blind users in Lagos"): what a
 * note says for who they are when the profile has no current job, and what a suggested comment brings of
 * their own. Pure.
 */
final class OwnWork {
    // what was said or wanted is no work done ("I promised to send it", "I asked about …", "I wanted to …")
    private static final Pattern DONE = Pattern.compile(
            "I (?!(?:promised|told|said|asked|offered|agreed|mentioned|wanted|needed|hoped|emailed|messaged|called|replied|"
            + "commented|connected|noticed|liked|loved|enjoyed|followed|watched|listened|attended|talked|chatted|met)\\b)(?:\\p{Ll}+ed|did|spent|led|ran|built|taught|wrote|made|have (?:\\p{Ll}+ed|spent|led|run|built|taught|worked)|'ve (?:\\p{Ll}+ed|spent|led|run|built|taught))\\b");
    private static final Pattern ADDRESSES = Pattern.compile("(?i)\\b(?:you|your|yours)\\b|\\?");
    /** "… and would love to compare how we each recruited": the wish the user joined to what they did. */
    private static final Pattern JOINED_WISH = Pattern.compile(
            "\\s+and (?:I )?(?:would|'d) (?:love|like) to |\\s+and (?:I )?(?:want|hope) to ");
    private static final int MOST_CHARACTERS = 110;

    private OwnWork() {
    }

    /** The sentence (one said by the sender, already in the note's voice) when it tells what the sender did. */
    static Optional<String> in(String fact) {
        return DONE.matcher(fact).lookingAt() && !ADDRESSES.matcher(fact).find() && Text.length(fact) <= MOST_CHARACTERS
                ? Optional.of(fact) : Optional.empty();
    }

    /** What the sender did, without a wish joined to it: "I ran a similar study with 12 blind users in Lagos." */
    static Optional<String> alone(String fact) {
        return in(fact).map(f -> {
            String done = JOINED_WISH.split(f, 2)[0].strip().replaceAll("[.!]+$", "");
            return done + ".";
        });
    }

    /** The wish the user joined to what they did ("compare how we each recruited"), or blank. */
    static String joinedWish(String fact) {
        String[] parts = JOINED_WISH.split(fact, 2);
        return parts.length < 2 ? "" : parts[1].strip().replaceAll("[.!]+$", "");
    }
}
