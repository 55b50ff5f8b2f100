package dev.rapport.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link LabelModel}: for each label, a binary maximum-entropy model (L-BFGS with L2
 * regularisation, one thread, so the same data always gives the same model) over the text's features.
 */
public final class LabelTrainer {
    private static final String YES = "yes";
    private static final String NO = "no";
    private final double l2;
    private final int iterations;
    private final int cutoff;

    /** {@code cutoff}: a feature must occur in at least this many texts to be kept (keeps the model small). */
    public LabelTrainer(double l2, int iterations, int cutoff) {
        this.l2 = l2;
        this.iterations = iterations;
        this.cutoff = cutoff;
    }

    /** Trains on the texts; {@code embed} gives each text's sentence embedding, or is null for none. */
    public LabelModel train(List<LabelledText> texts, Collection<String> labels, Function<String, float[]> embed) {
        return train(texts, labels, embed, TextFeatures.PLAIN);
    }

    /** As {@link #train(List, Collection, Function)}, reading the given feature kinds too (the model records them). */
    public LabelModel train(List<LabelledText> texts, Collection<String> labels, Function<String, float[]> embed, Set<TextFeatures.Kind> kinds) {
        List<TextFeatures.Features> features = new ArrayList<>();
        for (LabelledText t : texts) {
            features.add(TextFeatures.of(kinds, t.text(), t.evidence(), embed == null ? null : embed.apply(t.text())));
        }
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        Map<String, Map<String, Double>> byLabel = new LinkedHashMap<>();
        for (String label : new TreeSet<>(labels)) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                TextFeatures.Features f = features.get(i);
                events.add(new Event(texts.get(i).labels().contains(label) ? YES : NO, f.names(), f.values()));
            }
            Map<String, Double> w = weights((AbstractModel) trainOne(events));
            w.keySet().forEach(name -> vocabulary.putIfAbsent(name, vocabulary.size()));
            byLabel.put(label, w);
        }
        Map<String, float[]> weights = new LinkedHashMap<>();
        byLabel.forEach((label, w) -> {
            float[] dense = new float[vocabulary.size()];
            w.forEach((name, value) -> dense[vocabulary.get(name)] = value.floatValue());
            weights.put(label, dense);
        });
        return new LabelModel(List.copyOf(vocabulary.keySet()), weights, embed != null, kinds);
    }

    /** A two-outcome maxent model as one weight per feature: the "yes" parameter minus the "no" one. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> weights(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Context[] params = (Context[]) data[0];
        Map<String, ?> predicates = (Map<String, ?>) data[1];
        int yes = model.getIndex(YES);
        int no = model.getIndex(NO);
        Map<String, Double> out = new TreeMap<>();
        predicates.forEach((name, where) -> {
            Context c = where instanceof Context ctx ? ctx : params[(Integer) where];
            double w = 0;
            int[] outcomes = c.getOutcomes();
            for (int k = 0; k < outcomes.length; k++) {
                if (outcomes[k] == yes) {
                    w += c.getParameters()[k];
                } else if (outcomes[k] == no) {
                    w -= c.getParameters()[k];
                }
            }
            out.put(name, w);
        });
        return out;
    }

    private MaxentModel trainOne(List<Event> events) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(QNTrainer.L2COST_PARAM, l2);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.THREADS_PARAM, 1);
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
