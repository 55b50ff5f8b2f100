package dev.rapport.corpus;

import dev.rapport.etiquette.SentenceCues;
import dev.rapport.language.LabelModel;
import dev.rapport.language.LabelTrainer;
import dev.rapport.language.LabelledText;
import dev.rapport.profile.Preference;
import dev.rapport.profile.PolicyClassifier;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.PurposeReader;
import dev.rapport.semantic.MiniLmEmbedder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The training command for the shipped classifiers. It reads the corpus's train split only, trains
 * deterministically (L-BFGS, one thread, the items in file order) and writes four models:
 * intents.model and intents-embedded.model (purpose), note-sentences.model and
 * note-sentences-embedded.model (etiquette); {@code -Drapport.train=intents} or {@code =notes} writes only
 * one pair. Run from the project directory:
 * <pre>mvn -q -o -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rapport.corpus.TrainModels</pre>
 */
public final class TrainModels {
    static final double INTENT_L2 = 0.1;
    static final double NOTE_L2 = 0.1;
    static final double POLICY_L2 = 0.01;
    static final int ITERATIONS = 200;
    static final int CUTOFF = 1;

    private TrainModels() {
    }

    /** Where the digests of what each model was trained on are kept (see {@code ModelsMatchTheirInputsTest}). */
    static final Path INPUTS = Path.of("src/test/resources/corpus/trained-inputs.txt");

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        writePolicy(resources);
        if (args.length == 0) {
            Files.writeString(INPUTS, inputDigests());
        }
        if (args.length > 1 && args[1].equals("policy")) {
            return;
        }
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        Map<String, float[]> cache = new HashMap<>();
        Function<String, float[]> embed = t -> cache.computeIfAbsent(t, embedder::embed);
        String which = System.getProperty("rapport.train", "all");
        if (!which.equals("notes")) {
            write(intents(null), resources.resolve("dev/rapport/purpose/intents.model"));
            write(intents(embed), resources.resolve("dev/rapport/purpose/intents-embedded.model"));
        }
        if (!which.equals("intents")) {
            write(notes(null), resources.resolve("dev/rapport/etiquette/note-sentences.model"));
            write(notes(embed), resources.resolve("dev/rapport/etiquette/note-sentences-embedded.model"));
        }
    }

    /** The intent model trained on the train split, with the cue patterns as evidence. */
    public static LabelModel intents(Function<String, float[]> embed) {
        List<Corpus.Item> train = Corpus.split(Corpus.reasons(), "train");
        List<LabelledText> texts = train.stream().map(i -> new LabelledText(i.text(), i.labels(), cueEvidence(i.text()))).toList();
        Set<String> labels = java.util.Arrays.stream(Intent.values()).map(Intent::label).collect(Collectors.toCollection(TreeSet::new));
        return new LabelTrainer(INTENT_L2, ITERATIONS, CUTOFF).train(texts, labels, embed);
    }

    /** The note-sentence model trained on the train split, with the sentence cues as evidence (as the classifier reads them). */
    public static LabelModel notes(Function<String, float[]> embed) {
        List<Corpus.Item> train = Corpus.split(Corpus.noteSentences(), "train");
        List<LabelledText> texts = train.stream().map(i -> new LabelledText(i.text(), i.labels(), SentenceCues.of(i.text()))).toList();
        Set<String> labels = train.stream().flatMap(i -> i.labels().stream()).collect(Collectors.toCollection(TreeSet::new));
        return new LabelTrainer(NOTE_L2, ITERATIONS, CUTOFF).train(texts, labels, embed);
    }

    /**
     * The profile-policy model (profile/policy-sentences.model) from the train split of
     * policy-sentences.jsonl, with the phrase-list matches as evidence. Words only: it runs while a
     * profile is read, where no embedding is at hand. {@code ... TrainModels src/main/resources policy}
     * writes only this one.
     */
    public static LabelModel policy() {
        List<Corpus.Item> train = Corpus.split(Corpus.policySentences(), "train");
        List<LabelledText> texts = train.stream()
                .map(i -> new LabelledText(i.text(), i.labels(), PolicyClassifier.evidence(i.text()))).toList();
        Set<String> labels = PolicyClassifier.policies().stream().map(Preference::id).collect(Collectors.toCollection(TreeSet::new));
        return new LabelTrainer(POLICY_L2, ITERATIONS, CUTOFF).train(texts, labels, null);
    }

    static void writePolicy(Path resources) throws IOException {
        write(policy(), resources.resolve("dev/rapport/profile/policy-sentences.model"));
    }

    /**
     * One line per model pair: a SHA-256 of every train item's text, labels and evidence, as the trainer
     * sees them. A cue or phrase rule changed without retraining changes the evidence, so the digest.
     */
    static String inputDigests() {
        return "intents " + digest(Corpus.split(Corpus.reasons(), "train"), TrainModels::cueEvidence) + "\n"
                + "notes " + digest(Corpus.split(Corpus.noteSentences(), "train"), SentenceCues::of) + "\n"
                + "policy " + digest(Corpus.split(Corpus.policySentences(), "train"), PolicyClassifier::evidence) + "\n";
    }

    private static String digest(List<Corpus.Item> items, Function<String, List<String>> evidence) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Corpus.Item i : items) {
                String line = i.text() + "\t" + new TreeSet<>(i.labels()) + "\t" + evidence.apply(i.text()) + "\n";
                sha.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> cueEvidence(String text) {
        return PurposeReader.cueIntents(text).stream().map(Intent::label).sorted().toList();
    }

    private static void write(LabelModel model, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
        System.out.println(file + ": " + Files.size(file) + " bytes, labels " + model.labels());
    }
}
