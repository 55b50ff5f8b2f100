package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.Clause.Role;
import dev.rapport.etiquette.RuleSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults a new user found in the notes and refinements of a hand session (hand16, 6 December 2026), held on the pairs they used. */
class Hand16NotesTest {
    private static final Path HAND_16 = Path.of("src", "test", "resources", "hand-16");
    private final OfflineDrafter drafter = new OfflineDrafter();
    private final Refiner refiner = new Refiner(drafter, RuleSet.builtIn());

    private String written(NotePlan plan, DraftRequest r) {
        return drafter.realise(plan, r).map(Note::text).orElseThrow();
    }

    @Test
    void lessLikeATemplateLeavesOutALineThatReadsTheirProfileBackToThem() {
        // "Unchanged: It already leads with your own words … and has no stock opener or courtesy line to drop" while the
        // note still said "Your work with Critical Care is close to what the role needs."
        DraftRequest r = Pairs.request(HAND_16, "dana-tomas");
        NotePlan drafted = drafter.plans(r).get(0);
        NotePlan plan = drafted.with(new Clause(Role.EXTRA, Clause.Source.PROFILE,
                List.of("Your work with Critical Care is close to what the role needs."), "Critical Care"), List.of(Role.ASK, Role.SIGN));
        assertThat(written(plan, r)).contains("what the role needs");
        Refinement out = refiner.refine(plan, "make it less like a template", r);
        assertThat(out.changed()).isTrue();
        assertThat(written(out.plan(), r)).doesNotContain("role needs").contains("I was your recruiter");
        assertThat(out.report()).contains("Your work with Critical Care is close to what the role needs");
    }

    @Test
    void longerSaysNoSecondTimeWhoTheSenderIs() {
        // "longer" added "I am a senior healthcare recruiter at CarePath Staffing." after "I was your recruiter."
        DraftRequest r = Pairs.request(HAND_16, "dana-tomas");
        NotePlan plan = drafter.plans(r).get(0);
        Refinement out = refiner.refine(plan, "longer", r);
        String after = out.changed() ? written(out.plan(), r) : written(plan, r);
        assertThat(after).contains("I was your recruiter").doesNotContainIgnoringCase("m a senior healthcare recruiter")
                .doesNotContain("I am a senior healthcare recruiter");
    }

    @Test
    void anApplicantBetweenJobsIsIntroducedByTheJobHerHeadlineNamesNotALaterSideJob() {
        // notes to Jonathan opened "until April 2026 I was a teaching assistant at Humber College" for a data analyst of four
        // years whose headline says "Data Analyst"; her reason names no job title
        List<String> notes = drafter.draft(Pairs.request(HAND_16, "mariana-jonathan")).stream().map(Note::text).toList();
        assertThat(notes).isNotEmpty().allMatch(n -> !n.contains("teaching assistant"));
        assertThat(notes.get(0)).contains("data analyst at Magazine Luiza");
    }
}
