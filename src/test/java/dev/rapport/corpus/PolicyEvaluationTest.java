package dev.rapport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.PolicyClassifier;
import dev.rapport.profile.Preference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Profile policies on the labelled profile sentences (policy-sentences.jsonl): precision and recall per
 * policy, split by split, for the phrase lists alone and for phrases with the trained classifier at the
 * threshold of rules.yaml (target-policy, classifier-threshold). The README's table comes from here;
 * the floors are the test figures measured when the model was trained, rounded down. Thresholds were
 * compared on dev only ({@link #devThresholds}); the test split is measured, never tuned on.
 */
class PolicyEvaluationTest {
    private static final List<String> SPLITS = List.of("train", "dev", "test");
    /** Test figures measured when the model was trained, rounded down. */
    static final class Floors {
        static final double POLICY_PRECISION_TEST = 0.83;
        static final double POLICY_RECALL_TEST = 0.53;
    }

    private static final double THRESHOLD = RuleSet.builtIn().rule("target-policy").orElseThrow().number("classifier-threshold", 0.5);

    @Test
    void phrasesAndClassifier() {
        System.out.println("profile policies, phrases only:");
        for (String split : SPLITS) {
            print(split, figures(split, PolicyClassifier::phraseSays));
        }
        System.out.println("profile policies, phrases + classifier at " + THRESHOLD + ":");
        Map<String, CorpusEvaluation.Counts> test = null;
        for (String split : SPLITS) {
            Map<String, CorpusEvaluation.Counts> f = figures(split, (s, p) -> PolicyClassifier.says(s, p, THRESHOLD));
            print(split, f);
            if (split.equals("test")) {
                test = f;
            }
        }
        CorpusEvaluation.Counts all = total(test);
        assertThat(all.precision()).as("test micro precision").isGreaterThanOrEqualTo(Floors.POLICY_PRECISION_TEST);
        assertThat(all.recall()).as("test micro recall").isGreaterThanOrEqualTo(Floors.POLICY_RECALL_TEST);
    }

    /** The thresholds compared on dev (micro F1), for choosing classifier-threshold. */
    @Test
    void devThresholds() {
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
            CorpusEvaluation.Counts c = total(figures("dev", (s, p) -> PolicyClassifier.says(s, p, t)));
            double f1 = 2 * c.precision() * c.recall() / Math.max(1e-9, c.precision() + c.recall());
            System.out.printf(Locale.ROOT, "policy dev threshold %.1f: P %.1f %% R %.1f %% F1 %.3f%n", t, 100 * c.precision(), 100 * c.recall(), f1);
        }
    }

    static Map<String, CorpusEvaluation.Counts> figures(String split, BiPredicate<String, Preference> says) {
        Map<String, CorpusEvaluation.Counts> per = new TreeMap<>();
        for (Corpus.Item item : Corpus.split(Corpus.policySentences(), split)) {
            Set<String> got = PolicyClassifier.policies().stream().filter(p -> says.test(item.text(), p)).map(Preference::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            for (Preference p : PolicyClassifier.policies()) {
                CorpusEvaluation.Counts c = per.computeIfAbsent(p.id(), k -> new CorpusEvaluation.Counts());
                boolean want = item.labels().contains(p.id());
                boolean have = got.contains(p.id());
                c.tp += want && have ? 1 : 0;
                c.fp += !want && have ? 1 : 0;
                c.fn += want && !have ? 1 : 0;
            }
        }
        return per;
    }

    private static CorpusEvaluation.Counts total(Map<String, CorpusEvaluation.Counts> per) {
        CorpusEvaluation.Counts all = new CorpusEvaluation.Counts();
        per.values().forEach(c -> {
            all.tp += c.tp;
            all.fp += c.fp;
            all.fn += c.fn;
        });
        return all;
    }

    private static void print(String split, Map<String, CorpusEvaluation.Counts> per) {
        System.out.println("  " + split + " (" + Corpus.split(Corpus.policySentences(), split).size() + " sentences)");
        per.forEach((label, c) -> System.out.println("    " + c.line(label)));
        System.out.println("    " + total(per).line("all (micro)"));
    }
}
