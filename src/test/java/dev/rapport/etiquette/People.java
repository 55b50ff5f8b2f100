package dev.rapport.etiquette;

import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.DateRange;
import dev.rapport.profile.Position;
import dev.rapport.profile.Preference;
import dev.rapport.profile.Profile;
import dev.rapport.profile.SourceFormat;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.List;
import java.util.Set;

/** Hand-built profiles, purposes and ground for the etiquette tests. */
final class People {
    private People() {
    }

    static Profile person(String name, String headline, String company) {
        return profile(name, headline, company, "", Set.of(), List.of());
    }

    static Profile profile(String name, String headline, String company, String about,
                           Set<Preference> preferences, List<String> statements) {
        List<Position> jobs = company.isBlank() ? List.of()
                : List.of(new Position(company, headline, DateRange.years(2019, null), "", ""));
        return new Profile(name, headline, "", about, jobs, List.of(), List.of(), List.of(), List.of(), List.of(),
                preferences, statements, "", SourceFormat.PROSE);
    }

    static final Profile DANIEL = person("Daniel Okafor", "Risk engineer", "Ledgerline");
    static final Profile PRIYA = person("Priya Raman", "Head of payments risk", "Stripewell");

    /** The people the rule set's good and bad examples are written for: known, with no shared history. */
    static NoteContext teaching() {
        return new NoteContext(DANIEL, PRIYA, Purpose.NONE, List.of(), 300);
    }

    static CommonGround ground(GroundKind kind, String detail, double strength, String subject, String period) {
        return new CommonGround(kind, detail, strength, subject, period);
    }

    static final CommonGround WORKED_AT_STRIPEWELL = ground(GroundKind.WORKED_TOGETHER,
            "you both worked at Stripewell, 2016–2021", 0.9, "Stripewell", "2016–2021");

    static Purpose purpose(String text, Intent... intents) {
        return new Purpose(text, Set.of(intents), List.of(), List.of(), List.of(), List.of());
    }

    static Purpose offering(String text, List<String> offers, Intent... intents) {
        return new Purpose(text, Set.of(intents), List.of(), List.of(), List.of(), offers);
    }
}
