package dev.rapport.corpus;

import dev.rapport.language.LabelModel;
import dev.rapport.language.LabelTrainer;
import dev.rapport.language.LabelledText;
import dev.rapport.profile.PolicyClassifier;
import dev.rapport.profile.Preference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares settings of the profile-policy model on the dev split only (train on train, measure on dev):
 * L2 cost and the decision threshold. The test split is not read. Run:
 * <pre>mvn -q -o -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rapport.corpus.PolicyExperiment</pre>
 */
public final class PolicyExperiment {
    private PolicyExperiment() {
    }

    public static void main(String[] args) {
        List<Corpus.Item> train = Corpus.split(Corpus.policySentences(), "train");
        List<Corpus.Item> dev = Corpus.split(Corpus.policySentences(), "dev");
        List<LabelledText> texts = train.stream()
                .map(i -> new LabelledText(i.text(), i.labels(), PolicyClassifier.evidence(i.text()))).toList();
        Set<String> labels = PolicyClassifier.policies().stream().map(Preference::id).collect(Collectors.toCollection(TreeSet::new));
        for (double l2 : new double[] {0.01, 0.03, 0.1, 0.3, 1.0}) {
            LabelModel model = new LabelTrainer(l2, TrainModels.ITERATIONS, TrainModels.CUTOFF).train(texts, labels, null);
            for (double t : new double[] {0.3, 0.4, 0.5}) {
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (Corpus.Item item : dev) {
                    Map<String, Double> s = model.scores(item.text(), PolicyClassifier.evidence(item.text()), null);
                    for (String label : labels) {
                        boolean have = s.get(label) >= t
                                || PolicyClassifier.phraseSays(item.text(), Preference.byId(label).orElseThrow());
                        boolean want = item.labels().contains(label);
                        tp += have && want ? 1 : 0;
                        fp += have && !want ? 1 : 0;
                        fn += !have && want ? 1 : 0;
                    }
                }
                double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
                double r = (double) tp / (tp + fn);
                System.out.printf(Locale.ROOT, "l2 %.2f threshold %.1f: dev P %.1f %% R %.1f %% F1 %.3f%n", l2, t, 100 * p, 100 * r, 2 * p * r / (p + r));
            }
        }
    }
}
