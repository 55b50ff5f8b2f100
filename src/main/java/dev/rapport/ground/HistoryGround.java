package dev.rapport.ground;

import dev.rapport.profile.DateRange;
import dev.rapport.profile.Profile;
import dev.rapport.text.Words;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shared history from the structured parts of two profiles: employers, schools and volunteering.
 * Entries are grouped by the target's spelling of the place, so several jobs at one employer give
 * one item, and a place where the periods overlap gives the relationship kind instead of the weaker one.
 */
final class HistoryGround {
    private static final java.util.regex.Pattern OF_NAME =
            java.util.regex.Pattern.compile("(?:University|College|Institute|School|Academy) of\\b");

    private final YearMonth today;

    HistoryGround(YearMonth today) {
        this.today = today;
    }

    /** A place in someone's history: its name, when they were there and, for a job, the parts of its location line (none when unknown). */
    private record Stint(String place, DateRange dates, List<String> places) {
        Stint(String place, DateRange dates) {
            this(place, dates, List.of());
        }
    }

    /** All the pairs of stints at one place, grouped under the target's spelling. */
    private static final class Shared {
        final String place;
        String myPlace = "";
        final List<DateRange> mine = new ArrayList<>();
        final List<DateRange> theirs = new ArrayList<>();
        final List<DateRange> overlaps = new ArrayList<>();
        // countries of jobs held at the same time but in different places: "Poland" and "Czechia"
        String myCountry = "";
        String theirCountry = "";

        Shared(String place) {
            this.place = place;
        }
    }

    List<CommonGround> find(Profile me, Profile them) {
        String name = Names.of(them);
        List<CommonGround> out = new ArrayList<>();
        for (Shared s : shared(stints(me.positions(), p -> new Stint(p.company(), p.dates(), places(p.location()))),
                stints(them.positions(), p -> new Stint(p.company(), p.dates(), places(p.location()))))) {
            String org = OrganisationNames.preferredDisplay(s.place, s.myPlace);
            if (!s.overlaps.isEmpty()) {
                DateRange span = span(s.overlaps);
                double strength = months(s.overlaps) >= 12 ? Strength.WORKED_TOGETHER : Strength.WORKED_TOGETHER_BRIEFLY;
                out.add(new CommonGround(GroundKind.WORKED_TOGETHER,
                        Templates.render("worked-together", Map.of("org", withArticle(org), "period", span.display())),
                        strength, org, span.display()));
            } else if (!s.myCountry.isEmpty()) {
                out.add(new CommonGround(GroundKind.SAME_EMPLOYER, Templates.render("same-employer.elsewhere", Map.of("org", withArticle(org),
                        "mine", Words.capitalise(s.myCountry), "theirs", Words.capitalise(s.theirCountry), "name", name)), Strength.SAME_EMPLOYER, org, ""));
            } else {
                out.add(apart(GroundKind.SAME_EMPLOYER, "same-employer", "org", org, s, name, Strength.SAME_EMPLOYER));
            }
        }
        for (Shared s : shared(stints(me.education(), e -> new Stint(e.school(), e.years())),
                stints(them.education(), e -> new Stint(e.school(), e.years())))) {
            String school = OrganisationNames.preferredDisplay(s.place, s.myPlace);
            if (!s.overlaps.isEmpty()) {
                DateRange span = span(s.overlaps);
                out.add(new CommonGround(GroundKind.STUDIED_TOGETHER,
                        Templates.render("studied-together", Map.of("school", withArticle(school), "period", span.display())),
                        Strength.STUDIED_TOGETHER, school, span.display()));
            } else {
                CommonGround alumni = apart(GroundKind.ALUMNI, "alumni", "school", school, s, name, Strength.ALUMNI);
                // the sender still studies there: the period says so, and the note must not say "we both went to"
                out.add(stillStudying(s) ? new CommonGround(alumni.kind(), alumni.detail(), alumni.strength(), alumni.subject(), CommonGround.STUDYING)
                        : alumni);
            }
        }
        for (Shared s : shared(stints(me.volunteering(), v -> new Stint(v.organisation(), v.dates())),
                stints(them.volunteering(), v -> new Stint(v.organisation(), v.dates())))) {
            String org = OrganisationNames.preferredDisplay(s.place, s.myPlace);
            if (!s.overlaps.isEmpty()) {
                DateRange span = span(s.overlaps);
                out.add(new CommonGround(GroundKind.VOLUNTEERED_TOGETHER,
                        Templates.render("volunteered-together", Map.of("org", withArticle(org), "period", span.display())),
                        Strength.VOLUNTEERED_TOGETHER, org, span.display()));
            } else {
                // same cause, different years: context worth naming, but not a shared history
                out.add(new CommonGround(GroundKind.SAME_GROUP,
                        Templates.render("same-organisation", Map.of("org", withArticle(org))),
                        Strength.SAME_ORGANISATION, org, ""));
            }
        }
        return out;
    }

    /** "University of Denver" needs "the" in a sentence; "Northwestern University" does not. */
    private static String withArticle(String school) {
        return OF_NAME.matcher(school).lookingAt() ? Templates.text("article") + school : school;
    }

    private static <T> List<Stint> stints(List<T> entries, Function<T, Stint> toStint) {
        return entries.stream().map(toStint).filter(s -> !s.place().isBlank()).toList();
    }

    private List<Shared> shared(List<Stint> mine, List<Stint> theirs) {
        Map<String, Shared> byPlace = new LinkedHashMap<>();
        for (Stint t : theirs) {
            for (Stint m : mine) {
                if (!OrganisationNames.same(m.place(), t.place())) {
                    continue;
                }
                Shared s = byPlace.values().stream().filter(x -> OrganisationNames.same(x.place, t.place()))
                        .findFirst().orElseGet(() -> {
                            Shared fresh = new Shared(t.place());
                            byPlace.put(t.place(), fresh);
                            return fresh;
                        });
                if (s.myPlace.isEmpty()) {
                    s.myPlace = m.place();
                }
                addOnce(s.mine, m.dates());
                addOnce(s.theirs, t.dates());
                DateRange both = m.dates().intersection(t.dates(), today);
                // the same employer in two countries at once (Poland and Czechia) is no shared office: same employer, apart
                boolean apart = farApart(m.places(), t.places());
                if (both != null && apart) {
                    s.myCountry = m.places().get(m.places().size() - 1);
                    s.theirCountry = t.places().get(t.places().size() - 1);
                }
                if (both != null && !apart) {
                    addOnce(s.overlaps, both);
                }
            }
        }
        return List.copyOf(byPlace.values());
    }

    /**
     * The parts of a job's location line in lower case ("Poznań, Poland" gives [poznań, poland]), or none when
     * the line is a single word or says nothing of a place ("Remote").
     */
    private static List<String> places(String location) {
        String line = location == null ? "" : location.strip();
        if (!line.contains(",") || REMOTE.matcher(line).find()) {
            return List.of();
        }
        return java.util.Arrays.stream(line.split(",")).map(p -> p.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Two jobs' places have nothing in common: no town, region or country ("Poznań, Poland" and "Prague, Czechia").
     * An intern at a field site and her supervisor in the head office ("Baramati, Maharashtra, India" and "Pune,
     * Maharashtra, India") share a region, and "Chicago, Illinois" is "Chicago, Illinois, United States".
     */
    private static boolean farApart(List<String> mine, List<String> theirs) {
        return !mine.isEmpty() && !theirs.isEmpty() && mine.stream().noneMatch(theirs::contains);
    }

    private static final java.util.regex.Pattern REMOTE = java.util.regex.Pattern.compile("(?i)\\b(?:remote|hybrid|on-site|onsite|worldwide|anywhere)\\b");

    private boolean stillStudying(Shared s) {
        return s.mine.stream().anyMatch(d -> d.isKnown() && (d.end() == null || d.end().isAfter(today)));
    }

    private static CommonGround apart(GroundKind kind, String key, String placeholder, String place, Shared s,
                                      String name, double strength) {
        String mine = periods(s.mine);
        String theirs = periods(s.theirs);
        String named = withArticle(place);
        String detail = mine.isEmpty() || theirs.isEmpty()
                ? Templates.render(key + ".undated", Map.of(placeholder, named))
                : Templates.render(key, Map.of(placeholder, named, "mine", mine, "theirs", theirs, "name", name));
        return new CommonGround(kind, detail, strength, place, "");
    }

    private static String periods(List<DateRange> ranges) {
        return Templates.list(ranges.stream().map(DateRange::display).filter(d -> !d.isEmpty()).distinct().toList());
    }

    private static void addOnce(List<DateRange> list, DateRange r) {
        if (!list.contains(r)) {
            list.add(r);
        }
    }

    /** From the earliest shared month to the latest; "present" only when some overlap is still running. */
    private static DateRange span(List<DateRange> overlaps) {
        YearMonth from = overlaps.stream().map(DateRange::start).min(YearMonth::compareTo).orElseThrow();
        boolean running = overlaps.stream().anyMatch(r -> r.end() == null);
        YearMonth to = running ? null : overlaps.stream().map(DateRange::end).max(YearMonth::compareTo).orElseThrow();
        return new DateRange(from, to);
    }

    private int months(List<DateRange> overlaps) {
        int total = 0;
        for (DateRange r : overlaps) {
            YearMonth end = r.end() == null ? today : r.end();
            total += (end.getYear() - r.start().getYear()) * 12 + end.getMonthValue() - r.start().getMonthValue() + 1;
        }
        return total;
    }
}
