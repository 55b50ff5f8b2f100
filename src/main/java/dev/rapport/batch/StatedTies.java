package dev.rapport.batch;

import dev.rapport.ground.OrganisationNames;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * In a batch one reason goes to many people, so a tie it states ("we both trained in audit at Calder &
 * Wharfe") is the user's word about some of them only: it counts for a target whose profile names the
 * organisation, and is left out for the others; a meeting at a named event stays for each. A tie of shared history that names no place ("we both
 * trained there", "we worked together") counts only for a target who shares an employer, school or cause
 * with the sender. A single check keeps the user's word. Pure.
 */
final class StatedTies {
    /** The organisation a statement names: a capitalised name after "at", "for" or "with". */
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:at|for|with)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|and|&))*)");

    /** The words of a time spent in one place, by the kind of place two profiles can show they share. */
    private enum Place {
        EMPLOYER("worked-together", "\\b(?:worked|work|trained|interned|served|qualified|colleagues|co-?workers|teammates)\\b"),
        SCHOOL("studied-together", "\\b(?:studied|classmates)\\b"),
        CAUSE("volunteered-together", "\\b(?:volunteer|volunteered)\\b");

        final String kind;
        final Pattern words;

        Place(String kind, String words) {
            this.kind = kind;
            this.words = Pattern.compile(words, Pattern.CASE_INSENSITIVE);
        }

        /** The kind of place a stated tie is a time in, if it is one (a meeting or an exchange is not). */
        static Optional<Place> of(Purpose.StatedRelationship r) {
            return Stream.of(values()).filter(p -> p.kind.equals(r.kind())).findFirst()
                    .or(() -> Stream.of(values()).filter(p -> p.words.matcher(r.sentence()).find()).findFirst());
        }

        Stream<String> in(Profile p) {
            Stream<String> names = switch (this) {
                case EMPLOYER -> p.positions().stream().map(x -> x.company());
                case SCHOOL -> p.education().stream().map(e -> e.school());
                case CAUSE -> p.volunteering().stream().map(v -> v.organisation());
            };
            return names.filter(n -> !n.isBlank());
        }
    }

    /** The reason for one target, and what was left out of it (empty when nothing was). */
    record Fitted(String why, String notice) {
    }

    private StatedTies() {
    }

    static Fitted fit(String why, Profile me, Profile them) {
        Purpose purpose = PurposeReader.read(why);
        String kept = purpose.text();
        StringBuilder notice = new StringBuilder();
        for (Purpose.StatedRelationship r : purpose.stated()) {
            Optional<String> org = organisation(r.sentence());
            if (!kept.contains(r.sentence())) {
                continue;
            }
            // (a meeting at a named event, "we met at the Angel Invest Boston meetup", is no place a profile shows: a batch of
            // the people met there keeps the user's word for each, as a single check does)
            if (org.isPresent() && Place.of(r).isPresent() && !names(them, org.get())) {
                kept = kept.replace(r.sentence(), " ");
                notice.append(notice.isEmpty() ? "" : " ").append(Messages.get("row.tie-not-found", r.sentence().strip(), org.get()));
            } else if (org.isEmpty() && me != null && Place.of(r).filter(place -> !sharePlace(place, me, them)).isPresent()) {
                kept = kept.replace(r.sentence(), " ");
                notice.append(notice.isEmpty() ? "" : " ").append(Messages.get("row.tie-unplaced", r.sentence().strip(),
                        Messages.get("row.place." + Place.of(r).get().name())));
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

    /** The two profiles name one place of that kind (an employer, a school, a cause) in common. */
    private static boolean sharePlace(Place place, Profile me, Profile them) {
        List<String> theirs = place.in(them).toList();
        return place.in(me).anyMatch(mine -> theirs.stream().anyMatch(t -> OrganisationNames.same(mine, t)));
    }

    private static Stream<String> places(Profile p) {
        return Stream.of(p.positions().stream().map(x -> x.company()), p.education().stream().map(e -> e.school()),
                        p.volunteering().stream().map(v -> v.organisation()))
                .flatMap(s -> s).filter(e -> !e.isBlank());
    }

    /** The profile names the organisation: as one of its employers, schools or causes, or in its own words. */
    private static boolean names(Profile them, String org) {
        return places(them).anyMatch(e -> OrganisationNames.same(e, org))
                || them.searchableText().toLowerCase(Locale.ROOT).contains(org.toLowerCase(Locale.ROOT));
    }
}
