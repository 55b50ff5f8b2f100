package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.rapport.semantic.Semantics;

/** The critique against a labelled set of notes written for the project: its verdict must agree on at least 95 %. */
class CritiqueAgreementTest {
    private static final double REQUIRED = 0.95;
    /** Word matching only, and with the embedding model: both must hold the bar. */
    @ParameterizedTest(name = "embeddings {0}")
    @ValueSource(booleans = {false, true})
    void theVerdictAgreesWithTheLabelsOnAtLeast95Percent(boolean embeddings) {
        Advisor advisor = embeddings
                ? LabelledNotes.advisor(RuleSet.builtIn()).withSemantics(Semantics.lazy(line -> { }))
                : LabelledNotes.advisor(RuleSet.builtIn());
        List<LabelledNotes> notes = LabelledNotes.all();
        assertThat(notes).hasSizeGreaterThanOrEqualTo(60);
        int agree = 0;
        int rulesAgree = 0;
        List<String> misses = new ArrayList<>();
        for (LabelledNotes n : notes) {
            NoteReview r = n.review(advisor);
            Set<String> found = new TreeSet<>();
            r.critique().findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::rule).forEach(found::add);
            boolean verdict = r.critique().verdict().id().equals(n.verdict());
            boolean rules = n.rules().isEmpty() ? found.isEmpty() : found.containsAll(n.rules());
            agree += verdict ? 1 : 0;
            rulesAgree += rules ? 1 : 0;
            if (!verdict || !rules) {
                misses.add(String.format(Locale.ROOT, "  expected %s %s, got %s %s: %s", n.verdict(), n.rules(),
                        r.critique().verdict().id(), found, n.note()));
            }
        }
        double share = (double) agree / notes.size();
        System.out.printf(Locale.ROOT, "critique agreement (embeddings %s): verdict %d/%d (%.1f %%), rules %d/%d%n",
                embeddings ? "on" : "off", agree, notes.size(), share * 100, rulesAgree, notes.size());
        misses.forEach(System.out::println);
        assertThat(share).as("verdict agreement").isGreaterThanOrEqualTo(REQUIRED);
    }

    @Test
    void everyNoteRuleAndTheRecipientAwareRulesAreCoveredByTheLabels() {
        Set<String> labelled = new TreeSet<>();
        LabelledNotes.all().forEach(n -> labelled.addAll(n.rules()));
        List<String> expected = new ArrayList<>(RuleSet.builtIn().level(dev.rapport.etiquette.Rule.Level.NOTE)
                .stream().map(dev.rapport.etiquette.Rule::id).toList());
        expected.addAll(List.of("irrelevant-offer", "target-policy"));
        assertThat(labelled).containsAll(expected);
        assertThat(LabelledNotes.all()).anyMatch(n -> n.limit() != null && n.limit() == 200)
                .anyMatch(n -> n.verdict().equals("send") && n.note().codePoints().anyMatch(c -> c > 0x1F000));
    }
}
