package dev.rapport.language;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multi-label text classifier: for each label a binary maximum-entropy model (trained with OpenNLP's
 * L-BFGS trainer, see {@link LabelTrainer}), kept as one weight per feature, since a two-outcome maxent
 * model is a logistic regression: P(label) = 1 / (1 + exp(-(sum of weight x value))). Stored gzip-compressed
 * with one shared feature list. Immutable and thread-safe; {@link #usesEmbedding()} says whether it was
 * trained with the sentence embedding as features.
 */
public final class LabelModel {
    static final String MAGIC = "rapport-label-model-2";
    /** The same with the feature kinds recorded after the magic (models trained with more than the plain features). */
    static final String MAGIC_KINDS = "rapport-label-model-3";

    private final List<String> features;
    private final Map<String, Integer> index;
    private final Map<String, float[]> weights;
    private final boolean embedding;
    private final Set<TextFeatures.Kind> kinds;

    LabelModel(List<String> features, Map<String, float[]> weights, boolean embedding) {
        this(features, weights, embedding, TextFeatures.PLAIN);
    }

    LabelModel(List<String> features, Map<String, float[]> weights, boolean embedding, Set<TextFeatures.Kind> kinds) {
        this.features = List.copyOf(features);
        this.index = new HashMap<>();
        for (int i = 0; i < this.features.size(); i++) {
            index.put(this.features.get(i), i);
        }
        this.weights = new LinkedHashMap<>(weights);
        this.embedding = embedding;
        this.kinds = Set.copyOf(kinds);
    }

    public boolean usesEmbedding() {
        return embedding;
    }

    /** The feature kinds the model was trained with (beyond the plain words and pairs). */
    public Set<TextFeatures.Kind> kinds() {
        return kinds;
    }

    public List<String> labels() {
        return weights.keySet().stream().sorted().toList();
    }

    /** The probability of each label for the text (with the cue evidence found in it and, if the model uses one, its embedding). */
    public Map<String, Double> scores(String text, List<String> evidence, float[] vector) {
        TextFeatures.Features f = TextFeatures.of(kinds, text, evidence, embedding ? vector : null);
        int[] at = new int[f.names().length];
        for (int i = 0; i < at.length; i++) {
            at[i] = index.getOrDefault(f.names()[i], -1);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String label : labels()) {
            float[] w = weights.get(label);
            double sum = 0;
            for (int i = 0; i < at.length; i++) {
                if (at[i] >= 0) {
                    sum += w[at[i]] * f.values()[i];
                }
            }
            out.put(label, 1 / (1 + Math.exp(-sum)));
        }
        return out;
    }

    /** Writes the model gzip-compressed. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zip);
        if (kinds.isEmpty()) {
            data.writeUTF(MAGIC);
        } else {
            data.writeUTF(MAGIC_KINDS);
            data.writeUTF(TextFeatures.spell(kinds));
        }
        data.writeBoolean(embedding);
        data.writeInt(features.size());
        for (String f : features) {
            data.writeUTF(f);
        }
        data.writeInt(weights.size());
        for (String label : labels()) {
            data.writeUTF(label);
            for (float w : weights.get(label)) {
                data.writeFloat(w);
            }
        }
        data.flush();
        zip.finish();
    }

    static LabelModel read(InputStream in) throws IOException {
        // buffered after the inflater: DataInputStream reads each float a byte at a time, and an unbuffered
        // GZIPInputStream makes every such byte a native inflate call (about half a million per model)
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        String magic = data.readUTF();
        Set<TextFeatures.Kind> kinds = TextFeatures.PLAIN;
        if (MAGIC_KINDS.equals(magic)) {
            try {
                kinds = TextFeatures.parse(data.readUTF());
            } catch (IllegalArgumentException e) {
                throw new IOException("unknown feature kind in the model", e);
            }
        } else if (!MAGIC.equals(magic)) {
            throw new IOException("not a rapport label model");
        }
        boolean embedding = data.readBoolean();
        int n = data.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("bad feature count " + n);
        }
        String[] features = new String[n];
        for (int i = 0; i < n; i++) {
            features[i] = data.readUTF();
        }
        int labels = data.readInt();
        Map<String, float[]> weights = new LinkedHashMap<>();
        for (int l = 0; l < labels; l++) {
            String label = data.readUTF();
            float[] w = new float[n];
            for (int i = 0; i < n; i++) {
                w[i] = data.readFloat();
            }
            weights.put(label, w);
        }
        return new LabelModel(List.of(features), weights, embedding, kinds);
    }
}
