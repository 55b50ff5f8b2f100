package dev.rapport.ground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.profile.Profile;
import dev.rapport.purpose.PurposeReader;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever two profiles hold, the ground comes back strongest first, once per kind and subject. */
class GroundFinderPropertyTest {
    private static final List<String> ORGS = List.of("Stripewell", "Stripewell, Inc.", "STRIPEWELL", "Denver Health",
            "University of Denver", "Kellogg School of Management", "Northwestern University (Kellogg)", "Acme Corp.");
    private static final List<String> WHYS = List.of("reconnect", "we met at DevOpsDays Denver",
            "Ana Ruiz suggested I reach out", "loved her post about Kafka", "offer our SAP cost savings",
            "hiring a data engineer", "ask for advice on UX research", "");

    @Provide
    Arbitrary<Profile> profiles() {
        Arbitrary<String> org = Arbitraries.of(ORGS);
        Arbitrary<Integer> year = Arbitraries.integers().between(2000, 2026);
        Arbitrary<String> skill = Arbitraries.of("Kafka", "SQL", "Accessibility", "Leadership", "Flink");
        return Combinators.combine(org, year, org, year, skill.list().ofMaxSize(4), Arbitraries.of("Denver, CO", "Boulder", ""))
                .as((o1, y1, o2, y2, skills, city) -> People.named("Alex Kim").in(city)
                        .job(o1, "Engineer", y1, y1 + 3).school(o2, "BA", y2, y2 + 2).group(o1)
                        .skills(skills.toArray(String[]::new)).post("Thoughts on Kafka at " + o2, "1w").build());
    }

    @Property(tries = 200)
    void sortedAndDistinct(@ForAll("profiles") Profile me, @ForAll("profiles") Profile them) {
        for (String why : WHYS) {
            List<CommonGround> ground = new GroundFinder(YearMonth.of(2026, 11)).find(me, them, PurposeReader.read(why));
            assertThat(ground).isSortedAccordingTo((a, b) -> Double.compare(b.strength(), a.strength()));
            assertThat(ground).extracting(g -> g.kind() + "|" + Folding.fold(g.subject())).doesNotHaveDuplicates();
            assertThat(ground).allSatisfy(g -> {
                assertThat(g.detail()).isNotBlank().doesNotContain("{");
                assertThat(g.strength()).isBetween(0.1, 0.95);
            });
        }
    }
}
