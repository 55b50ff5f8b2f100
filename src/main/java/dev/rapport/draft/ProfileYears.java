package dev.rapport.draft;

import dev.rapport.language.Language;
import dev.rapport.profile.DateRange;
import dev.rapport.profile.Education;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.profile.Volunteering;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A year in the reason set against the dates the two profiles give: "we both left Pennine in 2022" put right
 * to 2021 when both profiles end their time at Pennine in 2022 would make the note say what neither profile does.
 */
final class ProfileYears {
    private ProfileYears() {
    }

    /**
     * The organisation named in the reason's sentence that holds {@code wrong}, when both profiles' dates there start
     * or end in {@code wrong} and neither starts or ends in {@code right}; empty when the profiles do not speak to it.
     */
    static Optional<String> contradicted(Profile me, Profile them, String reason, String wrong, String right) {
        if (me == null || them == null || reason == null) {
            return Optional.empty();
        }
        for (String sentence : Language.english().sentenceTexts(reason)) {
            if (!Text.lower(sentence).matches("(?s).*(?<![\\p{L}\\p{N}])" + wrong + "(?![\\p{L}\\p{N}]).*")) {
                continue;
            }
            for (Stint mine : stints(me)) {
                if (!named(sentence, mine.organisation()) || !mine.endsIn(wrong) || mine.endsIn(right)) {
                    continue;
                }
                for (Stint theirs : stints(them)) {
                    if (dev.rapport.ground.OrganisationNames.same(mine.organisation(), theirs.organisation())
                            && theirs.endsIn(wrong) && !theirs.endsIn(right)) {
                        return Optional.of(mine.organisation());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The recipient's time at one place, as their profile dates it: the place and the month it began. */
    record TheirTime(String organisation, String since) {
    }

    private static final java.util.regex.Pattern THEIR_JOB = java.util.regex.Pattern.compile(
            "(?i)\\b(?:his|her|their|your)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:job|role|position|post)\\b");

    /**
     * "it was 2021, not 2022" where the reason's sentence with 2022 names the recipient's place (by name, or as "his job")
     * and their profile has them start there in 2022: 2021 is before their time there, which the note must not say.
     * Empty when the profile does not date that place, or when {@code right} falls within their time there.
     */
    static Optional<TheirTime> beforeTheirTime(Profile them, String reason, String wrong, String right) {
        if (them == null || reason == null || !right.matches("\\d{4}") || !wrong.matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(right);
        for (String sentence : Language.english().sentenceTexts(reason)) {
            if (!Text.lower(sentence).matches("(?s).*(?<![\\p{L}\\p{N}])" + wrong + "(?![\\p{L}\\p{N}]).*")) {
                continue;
            }
            boolean theirJob = THEIR_JOB.matcher(sentence).find();
            for (Position p : them.positions()) {
                DateRange d = p.dates();
                boolean meant = named(sentence, p.company()) || theirJob && d != null && d.isCurrent();
                if (!meant || d == null || d.start() == null || d.start().getYear() != Integer.parseInt(wrong)) {
                    continue;
                }
                boolean outside = year < d.start().getYear() || d.end() != null && year > d.end().getYear();
                if (outside) {
                    String since = d.start().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH));
                    return Optional.of(new TheirTime(dev.rapport.ground.OrganisationNames.display(p.company()), since));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean named(String sentence, String organisation) {
        String name = Text.lower(organisation).strip();
        return !name.isEmpty() && Text.lower(sentence).replaceAll("\\s+", " ").contains(name.replaceAll("\\s+", " "));
    }

    private static List<Stint> stints(Profile p) {
        List<Stint> out = new ArrayList<>();
        for (Position x : p.positions()) {
            out.add(new Stint(x.company(), x.dates()));
        }
        for (Education x : p.education()) {
            out.add(new Stint(x.school(), x.years()));
        }
        for (Volunteering x : p.volunteering()) {
            out.add(new Stint(x.organisation(), x.dates()));
        }
        return out;
    }

    /** A time at one place: a job, a school or a volunteering role. */
    private record Stint(String organisation, DateRange dates) {
        /** True when the time there starts or ends in that year ("present" ends in no year). */
        boolean endsIn(String year) {
            return dates.start() != null && Integer.toString(dates.start().getYear()).equals(year)
                    || dates.end() != null && Integer.toString(dates.end().getYear()).equals(year);
        }
    }
}
