package dev.rapport.batch;

import dev.rapport.ground.OrganisationNames;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * In a batch one reason goes to many people, so a tie it states ("we both trained in audit at Calder &
 * Wharfe") is the user's word about some of them only: it counts for a target whose profile names the
 * organisation, and is left out for the others. A single check keeps the user's word. Pure.
 */
final class StatedTies {
    /** The organisation a statement names: a capitalised name after "at", "for" or "with". */
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:at|for|with)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|and|&))*)");

    /** The reason for one target, and what was left out of it (empty when nothing was). */
    record Fitted(String why, String notice) {
    }

    private StatedTies() {
    }

    static Fitted fit(String why, Profile them) {
        Purpose purpose = PurposeReader.read(why);
        String kept = purpose.text();
        StringBuilder notice = new StringBuilder();
        for (Purpose.StatedRelationship r : purpose.stated()) {
            Optional<String> org = organisation(r.sentence());
            if (org.isPresent() && !names(them, org.get()) && kept.contains(r.sentence())) {
                kept = kept.replace(r.sentence(), " ");
                notice.append(notice.isEmpty() ? "" : " ").append(Messages.get("row.tie-not-found", r.sentence().strip(), org.get()));
            }
        }
        if (notice.isEmpty()) {
            return new Fitted(why, "");
        }
        return new Fitted(kept.replaceAll("\\s+", " ").replaceAll("^[\\s,.;:]+|[\\s,;:]+$", "").strip(), notice.toString());
    }

    private static Optional<String> organisation(String sentence) {
        Matcher m = NAMED.matcher(sentence);
        return m.find() ? Optional.of(m.group(1).replaceAll("(?:\\s+(?:of|and|&))+$", "").replaceAll("[.]$", "").strip())
                : Optional.empty();
    }

    /** The profile names the organisation: as one of its employers, schools or causes, or in its own words. */
    private static boolean names(Profile them, String org) {
        Stream<String> entries = Stream.of(them.positions().stream().map(p -> p.company()),
                        them.education().stream().map(e -> e.school()),
                        them.volunteering().stream().map(v -> v.organisation()))
                .flatMap(s -> s);
        return entries.anyMatch(e -> !e.isBlank() && OrganisationNames.same(e, org))
                || them.searchableText().toLowerCase(Locale.ROOT).contains(org.toLowerCase(Locale.ROOT));
    }
}
