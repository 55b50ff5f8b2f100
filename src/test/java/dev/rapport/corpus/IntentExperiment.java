package dev.rapport.corpus;

import dev.rapport.language.LabelModel;
import dev.rapport.language.LabelTrainer;
import dev.rapport.language.LabelledText;
import dev.rapport.language.TextFeatures;
import dev.rapport.purpose.Intent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Choosing the intent classifier's fit and decoding on the dev split only (never test): trains on train
 * with each variant ({@code l2:kinds}, kinds as TextFeatures spells them or "-"), then decodes dev the way
 * the reader does (cue intents, plus the classifier at a threshold, the fallback, the exclusive group,
 * networking alone) with one shared threshold and with per-intent thresholds chosen by coordinate ascent
 * on dev, and prints exact-set accuracy with the errors split into missed and extra labels per intent.
 * <pre>mvn -q -o -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rapport.corpus.IntentExperiment -Dexec.args="0.1:- 0.3:-"</pre>
 */
public final class IntentExperiment {
    static final Set<String> FALLBACK_NEVER = Set.of(System.getProperty("fallback.never", "selling,lead-generation,reconnect,met-in-person").split(","));
    static final double BESIDE = Double.parseDouble(System.getProperty("beside", "0.5"));
    static final List<String> EXCLUSIVE = List.of("hiring", "job-seeking", "selling");

    private IntentExperiment() {
    }

    record Scored(Corpus.Item item, Set<String> cues, Map<String, Double> scores) {
    }

    public static void main(String[] args) {
        List<Corpus.Item> all = Corpus.reasons();
        List<Corpus.Item> train = Corpus.split(all, "train");
        List<Corpus.Item> dev = Corpus.split(all, "dev");
        Set<String> labels = java.util.Arrays.stream(Intent.values()).map(Intent::label).collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<String>> cueCache = new HashMap<>();
        all.forEach(i -> cueCache.put(i.text(), TrainModels.cueEvidence(i.text())));
        String[] variants = args.length > 0 ? args : new String[] {"0.1:-"};
        for (String v : variants) {
            String[] p = v.split(":");
            double l2 = Double.parseDouble(p[0]);
            Set<TextFeatures.Kind> kinds = p[1].equals("-") ? TextFeatures.PLAIN : TextFeatures.parse(p[1]);
            boolean useCues = p.length < 3 || !p[2].equals("nocue");
            LabelModel m = new LabelTrainer(l2, 200, 1).train(train.stream()
                    .map(i -> new LabelledText(i.text(), i.labels(), useCues ? cueCache.get(i.text()) : List.of())).toList(), labels, null, kinds);
            List<Scored> scored = new ArrayList<>();
            for (Corpus.Item i : dev) {
                scored.add(new Scored(i, new TreeSet<>(cueCache.get(i.text())), m.scores(i.text(), useCues ? cueCache.get(i.text()) : List.of(), null)));
            }
            System.out.println("== " + v);
            for (boolean union : new boolean[] {true, false}) {
                Map<String, Double> th = new TreeMap<>();
                labels.forEach(l -> th.put(l, 0.4));
                double shared = exact(scored, th, BESIDE, union);
                System.out.printf(Locale.ROOT, "  union=%s shared 0.4/0.5: exact %.1f%%%n", union, 100 * shared);
                for (int round = 0; round < 2; round++) {
                    for (String l : labels) {
                        double bestT = th.get(l);
                        double best = exact(scored, th, BESIDE, union);
                        for (double t = 0.15; t <= 0.91; t += 0.05) {
                            th.put(l, t);
                            double e = exact(scored, th, BESIDE, union);
                            if (e > best + 1e-9) {
                                best = e;
                                bestT = t;
                            }
                        }
                        th.put(l, bestT);
                    }
                }
                System.out.printf(Locale.ROOT, "  union=%s per-intent: exact %.1f%% %s%n", union, 100 * exact(scored, th, BESIDE, union), fmt(th));
                if (Boolean.getBoolean("errors")) {
                    errors(scored, th, union);
                }
            }
        }
    }

    static String fmt(Map<String, Double> th) {
        return th.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s=%.2f", e.getKey(), e.getValue())).collect(Collectors.joining(" "));
    }

    static double exact(List<Scored> scored, Map<String, Double> th, double beside, boolean union) {
        int ok = 0;
        for (Scored s : scored) {
            ok += decode(s, th, beside, union).equals(s.item().labels()) ? 1 : 0;
        }
        return (double) ok / scored.size();
    }

    static Set<String> decode(Scored s, Map<String, Double> th, double beside, boolean union) {
        Set<String> out = new TreeSet<>();
        if (union) {
            out.addAll(s.cues());
        }
        boolean cued = union && !s.cues().isEmpty();
        String best = null;
        for (Map.Entry<String, Double> e : s.scores().entrySet()) {
            double limit = cued ? Math.max(th.get(e.getKey()), beside) : th.get(e.getKey());
            if (e.getValue() >= limit) {
                out.add(e.getKey());
            }
            if (best == null || e.getValue() > s.scores().get(best)) {
                best = e.getKey();
            }
        }
        if (out.isEmpty() && best != null && !FALLBACK_NEVER.contains(best)) {
            out.add(best);
        }
        List<String> present = EXCLUSIVE.stream().filter(out::contains).toList();
        if (present.size() > 1) {
            String keep = present.stream().max(java.util.Comparator.comparingDouble(l -> s.scores().get(l))).orElseThrow();
            present.stream().filter(l -> !l.equals(keep)).forEach(out::remove);
        }
        if (out.size() > 1) {
            out.remove("networking");
        }
        return out;
    }

    static void errors(List<Scored> scored, Map<String, Double> th, boolean union) {
        Map<String, int[]> per = new TreeMap<>();
        for (Scored s : scored) {
            Set<String> got = decode(s, th, BESIDE, union);
            for (String l : s.item().labels()) {
                if (!got.contains(l)) {
                    per.computeIfAbsent(l, k -> new int[2])[0]++;
                }
            }
            for (String l : got) {
                if (!s.item().labels().contains(l)) {
                    per.computeIfAbsent(l, k -> new int[2])[1]++;
                }
            }
            if (Boolean.getBoolean("show") && !got.equals(s.item().labels())) {
                System.out.println("    want " + s.item().labels() + " got " + got + " cues " + s.cues() + " | " + s.item().text());
            }
        }
        per.forEach((l, c) -> System.out.printf(Locale.ROOT, "    %-16s missed %2d extra %2d%n", l, c[0], c[1]));
    }
}
