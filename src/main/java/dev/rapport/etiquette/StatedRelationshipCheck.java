package dev.rapport.etiquette;

import dev.rapport.ground.OrganisationNames;
import dev.rapport.profile.DateRange;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a relationship the sender states ("we worked together at Acme", "we studied together at UNAM",
 * "we both volunteer at the food bank") against the two profiles. It is taken on the user's word unless
 * the profiles contradict it, and only two things do: both list the organisation with full dates that
 * cannot overlap (one left before the other joined), or both list a full, dated history of that kind
 * (work: continuous, no gap of a year; schools or volunteering: every entry dated) and one or both
 * leave the organisation out. A profile without dates, or with gaps, is just incomplete: no contradiction. Pure.
 */
final class StatedRelationshipCheck {
    /** One statement the profiles contradict, with the profile lines that do. */
    record Contradiction(Purpose.StatedRelationship stated, String organisation, Kind kind, String mine, String theirs) {
    }

    /** What contradicts the statement: dates that cannot overlap, or whose full history leaves the organisation out. */
    enum Kind {
        DATES_APART("dates"), MISSING_FROM_MINE("missing-mine"), MISSING_FROM_THEIRS("missing-theirs"), MISSING_FROM_BOTH("missing-both");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    /** One dated entry of a profile: a job, a school or a volunteering role. */
    private record Entry(String organisation, DateRange dates) {
        boolean dated() {
            return dates != null && dates.start() != null;
        }

        YearMonth end() {
            return dates.end() == null ? PRESENT : dates.end();
        }

        String line() {
            String when = dated() ? dates.display() : "";
            return OrganisationNames.display(organisation) + (when.isBlank() ? "" : " " + when);
        }
    }

    /** Roles that join two people at different organisations: a statement with one names no shared employer. */
    private static final Pattern ACROSS = Pattern.compile(
            "\\b(?:clients?|customers?|vendors?|suppliers?|contractors?|consultants?|agency|inspectors?|auditors?|counterparts?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An organisation named as one person's own place ("his job at", "her new role with"): no claim that both were there. */
    private static final Pattern ONES_OWN_PLACE = Pattern.compile(
            "\\b(?:his|her|their|your|my)\\s+(?:new\\s+|first\\s+|current\\s+|old\\s+)?(?:job|role|position|post|placement|contract|offer)\\s+(?:at|with)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NAMED_WITH = Pattern.compile(
            "\\b(?:at|for|with)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|de|del|la|for|and|&)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|de|del|la|for|and|&))*)");
    private static final Pattern SHORT_STINT = Pattern.compile(
            "\\b(?:erasmus|exchange|visiting|secondment|seconded|placement|internship|intern|summer school|thesis|dissertation|"
            + "fieldwork|field work|residency|fellowship|sabbatical|study abroad|semester abroad)\\b", Pattern.CASE_INSENSITIVE);
    private static final YearMonth PRESENT = YearMonth.of(9999, 12);
    private static final int MAX_GAP_MONTHS = 12;
    private static final int MAX_LINES = 3;
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:at|for)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|de|del|la|for|and|&)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|de|del|la|for|and|&))*)");

    private StatedRelationshipCheck() {
    }

    /** The stated relationships (work, study, volunteering) the profiles contradict. */
    static List<Contradiction> contradictions(Profile me, Profile them, Purpose purpose) {
        List<Contradiction> out = new ArrayList<>();
        for (Purpose.StatedRelationship r : purpose.stated()) {
            if (ACROSS.matcher(r.sentence()).find()) {
                continue;   // "Pawel was my client at Zielony Koszyk": work across two organisations, each lists its own
            }
            if (ONES_OWN_PLACE.matcher(r.sentence()).find()) {
                continue;   // "I helped him get his job at Mount Carmel": the place is named as one person's own, not as shared
            }
            List<Entry> mine = entries(me, r.kind());
            List<Entry> theirs = entries(them, r.kind());
            if (mine == null) {
                continue;
            }
            named(r.sentence(), r.kind().equals("volunteered-together") ? NAMED_WITH : NAMED, mine, theirs).flatMap(org -> contradiction(r, org, mine, theirs))
                    // a profile that names the place in a title or its About ("Complex Managing Director, Loews Sapphire Falls
                    // Resort & Loews Royal Pacific Resort", under the employer "Loews Hotels") does not leave it out (a new user's
                    // former boss was doubted)
                    .filter(c -> !(c.kind() == Kind.MISSING_FROM_THEIRS && namesIt(them, c.organisation()))
                            && !(c.kind() == Kind.MISSING_FROM_MINE && namesIt(me, c.organisation()))
                            && !(c.kind() == Kind.MISSING_FROM_BOTH && namesIt(me, c.organisation()) && namesIt(them, c.organisation())))
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * The profile's organisation is the one the user named, or the user named it by its leading words
     * ("Achterberg" for Achterberg Landtechnik): a contradiction must not rest on a short name.
     */
    private static boolean named(String organisation, String stated) {
        if (OrganisationNames.same(organisation, stated)) {
            return true;
        }
        String full = OrganisationNames.key(organisation);
        String said = OrganisationNames.key(stated);
        return said.length() >= 4 && (full.equals(said) || full.startsWith(said + " "));
    }

    private static Optional<Contradiction> contradiction(Purpose.StatedRelationship r, String org, List<Entry> mine, List<Entry> theirs) {
        List<Entry> myOrg = mine.stream().filter(e -> named(e.organisation(), org)).toList();
        List<Entry> theirOrg = theirs.stream().filter(e -> named(e.organisation(), org)).toList();
        if (!myOrg.isEmpty() && !theirOrg.isEmpty()) {
            boolean allDated = Stream.concat(myOrg.stream(), theirOrg.stream()).allMatch(Entry::dated);
            // only dated entries can be compared: an undated one ("2019" missing) contradicts nothing
            return allDated && myOrg.stream().noneMatch(a -> theirOrg.stream().anyMatch(b -> overlap(a, b)))
                    ? Optional.of(new Contradiction(r, OrganisationNames.display(org), Kind.DATES_APART, lines(myOrg), lines(theirOrg)))
                    : Optional.empty();
        }
        // "supervised my erasmus thesis at SLU": an exchange, a placement or a thesis stay is a stint a full history leaves out
        boolean full = full(mine, r.kind()) && full(theirs, r.kind()) && !SHORT_STINT.matcher(r.sentence()).find();
        Kind kind = myOrg.isEmpty() && theirOrg.isEmpty() ? Kind.MISSING_FROM_BOTH
                : myOrg.isEmpty() ? Kind.MISSING_FROM_MINE : Kind.MISSING_FROM_THEIRS;
        if (kind == Kind.MISSING_FROM_BOTH && mine.stream().anyMatch(a -> theirs.stream()
                .anyMatch(b -> OrganisationNames.same(a.organisation(), b.organisation()) && a.dated() && b.dated() && overlap(a, b)))) {
            // "same year at PWr" when both list Politechnika Wrocławska for those years: the user's short name for what they share
            return Optional.empty();
        }
        return full ? Optional.of(new Contradiction(r, OrganisationNames.display(org), kind, lines(myOrg.isEmpty() ? mine : myOrg),
                lines(theirOrg.isEmpty() ? theirs : theirOrg))) : Optional.empty();
    }

    /** The profile's own text names the organisation, whole-word, in any of its sections. */
    private static boolean namesIt(Profile p, String organisation) {
        String org = organisation == null ? "" : organisation.strip().toLowerCase(Locale.ROOT);
        if (p == null || org.length() < 4) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(org) + "(?![\\p{L}\\p{N}])")
                .matcher(p.searchableText().toLowerCase(Locale.ROOT)).find();
    }

    /** The organisation the statement names: one of the profiles' own, or a capitalised name after "at", "for", "with"... */
    private static Optional<String> named(String sentence, Pattern named, List<Entry> mine, List<Entry> theirs) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Optional<String> known = Stream.concat(mine.stream(), theirs.stream()).map(Entry::organisation)
                .filter(o -> !o.isBlank())
                .filter(o -> lower.contains(OrganisationNames.display(o).toLowerCase(Locale.ROOT)))
                .findFirst();
        if (known.isPresent()) {
            return known;
        }
        Matcher m = named.matcher(sentence);
        while (m.find()) {
            String name = m.group(1).replaceAll("(?:\\s+(?:of|de|del|la|for|and|&))+$", "").strip();
            if (!name.isBlank() && Character.isUpperCase(name.codePointAt(0))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static boolean overlap(Entry a, Entry b) {
        return !a.dates().start().isAfter(b.end()) && !b.dates().start().isAfter(a.end());
    }

    /**
     * A full history: at least one entry and every entry dated; for work also at least two jobs with no
     * gap of more than a year between one job's end and the next one's start.
     */
    private static boolean full(List<Entry> entries, String kind) {
        if (entries.isEmpty() || !entries.stream().allMatch(Entry::dated)) {
            return false;
        }
        if (!kind.equals("worked-together")) {
            return true;
        }
        if (entries.size() < 2) {
            return false;
        }
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(e -> e.dates().start())).toList();
        YearMonth reached = sorted.get(0).end();
        for (Entry e : sorted.subList(1, sorted.size())) {
            if (reached.plusMonths(MAX_GAP_MONTHS).isBefore(e.dates().start())) {
                return false;
            }
            reached = e.end().isAfter(reached) ? e.end() : reached;
        }
        return reached.equals(PRESENT);
    }

    /** The entries of the kind the statement is about; null for a kind this check does not read. */
    private static List<Entry> entries(Profile p, String kind) {
        return switch (kind) {
            case "worked-together" -> p.positions().stream().map(x -> new Entry(x.company(), x.dates())).toList();
            case "studied-together" -> p.education().stream().map(x -> new Entry(x.school(), x.years())).toList();
            case "volunteered-together" -> p.volunteering().stream().map(x -> new Entry(x.organisation(), x.dates())).toList();
            default -> null;
        };
    }

    private static String lines(List<Entry> entries) {
        List<String> shown = entries.stream().limit(MAX_LINES).map(Entry::line).toList();
        return String.join("; ", shown) + (entries.size() > MAX_LINES ? "; …" : "");
    }
}
