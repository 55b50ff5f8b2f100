package dev.rapport.purpose;

import dev.rapport.corpus.Corpus;
import dev.rapport.language.LabelModel;
import dev.rapport.language.LabelTrainer;
import dev.rapport.language.LabelledText;
import dev.rapport.language.TextFeatures;
import dev.rapport.semantic.MiniLmEmbedder;
import java.util.*;
import java.util.stream.Collectors;

/** Trains on train, decodes on dev with a grid of thresholds (never reads the test split). */
public final class IntentLab {
    record Row(Set<String> want, Set<String> cues, Set<String> denied, Map<String, Double> p) {}

    public static void main(String[] args) {
        double l2 = Double.parseDouble(args.length > 0 ? args[0] : "0.1");
        List<Corpus.Item> train = Corpus.split(Corpus.reasons(), "train");
        List<Corpus.Item> dev = Corpus.split(Corpus.reasons(), "dev");
        Set<String> labels = Arrays.stream(Intent.values()).map(Intent::label).collect(Collectors.toCollection(TreeSet::new));
        Set<TextFeatures.Kind> kinds = TextFeatures.parse(args.length > 1 ? args[1] : "");
        int cutoff = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        boolean emb = args.length > 3 && args[3].equals("emb");
        MiniLmEmbedder embedder = emb ? new MiniLmEmbedder() : null;
        java.util.function.Function<String, float[]> embed = emb ? embedder::embed : null;
        long t0 = System.nanoTime();
        LabelModel m = new LabelTrainer(l2, 200, cutoff).train(train.stream().map(i -> new LabelledText(PurposeReader.normalise(i.text()), i.labels(), ev(i.text()))).toList(), labels, embed, kinds);
        System.out.printf("kinds " + kinds + " cutoff " + cutoff + " l2 %s trained in %d ms%n", l2, (System.nanoTime() - t0) / 1_000_000);
        List<Row> rows = new ArrayList<>();
        for (Corpus.Item it : dev) {
            String clean = PurposeReader.normalise(it.text());
            Set<String> cues = PurposeReader.cueIntents(clean).stream().map(Intent::label).collect(Collectors.toSet());
            Set<String> denied = PurposeReader.deniedIntents(clean, IntentCatalogue.builtIn()).stream().map(Intent::label).collect(Collectors.toSet());
            rows.add(new Row(it.labels(), cues, denied, m.scores(clean, ev(it.text()), emb ? embed.apply(clean) : null)));
        }
        double best = 0;
        String bestCfg = "";
        for (boolean useCues : new boolean[] {true, false})
        for (double th : new double[] {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6})
        for (double beside : new double[] {th, 0.5, 0.6, 0.7, 0.85})
        for (double rel : new double[] {0, 0.2, 0.3, 0.4}) {
            if (beside < th) continue;
            int exact = 0;
            for (Row r : rows) {
                Set<String> got = decode(r, useCues, th, beside, rel);
                exact += got.equals(r.want) ? 1 : 0;
            }
            double acc = exact / (double) rows.size();
            if (acc > best - 0.005) System.out.printf("cues %s th %.2f beside %.2f rel %.2f: %.1f%%%n", useCues, th, beside, rel, 100 * acc);
            if (acc > best) { best = acc; bestCfg = useCues + " " + th + " " + beside + " " + rel; }
        }
        System.out.printf("BEST %.1f%% %s%n", 100 * best, bestCfg);
        for (double fb : new double[] {0, 0.1, 0.15, 0.2, 0.25, 0.3})
        for (double t : new double[] {0.35, 0.4, 0.45}) {
            int exact = 0, none = 0;
            for (Row r : rows) {
                Set<String> got = decode(r, true, t, t, 0);
                String top = got.size() == 1 ? got.iterator().next() : null;
                if (top != null && r.cues.isEmpty() && r.p.get(top) < t && r.p.get(top) < fb) { got = Set.of(); none++; }
                exact += got.equals(r.want) ? 1 : 0;
            }
            System.out.printf("FB %.2f th %.2f: %.1f%% (none %d)%n", fb, t, 100.0 * exact / rows.size(), none);
        }
        double th = Double.parseDouble(System.getProperty("show", "0"));
        if (th > 0) {
            Map<String, int[]> per = new TreeMap<>();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Set<String> got = decode(r, true, th, th, 0);
                for (String l : r.want) per.computeIfAbsent(l, k -> new int[3])[got.contains(l) ? 0 : 2]++;
                for (String l : got) if (!r.want.contains(l)) per.computeIfAbsent(l, k -> new int[3])[1]++;
                if (!got.equals(r.want)) System.out.println("ERR want " + new TreeSet<>(r.want) + " got " + got + " | " + dev.get(i).text());
            }
            per.forEach((l, c) -> System.out.printf("%-16s tp %3d fp %3d fn %3d%n", l, c[0], c[1], c[2]));
        }
    }

    static List<String> ev(String text) {
        return PurposeReader.cueIntents(text).stream().map(Intent::label).sorted().toList();
    }

    /** Union of cues and labels at threshold; always at least the top label; labels below rel x top dropped. */
    static Set<String> decode(Row r, boolean useCues, double th, double beside, double rel) {
        Set<String> out = new TreeSet<>();
        if (useCues) out.addAll(r.cues);
        String top = null;
        double topP = 0;
        for (var e : r.p.entrySet()) {
            if (e.getValue() > topP) { topP = e.getValue(); top = e.getKey(); }
        }
        double limit = (useCues && !r.cues.isEmpty()) ? beside : th;
        for (var e : r.p.entrySet()) {
            if (e.getValue() >= limit && e.getValue() >= rel * topP) out.add(e.getKey());
        }
        out.removeAll(r.denied);
        if (out.isEmpty() && top != null) out.add(top);
        if (out.contains("networking") && out.size() > 1) out.remove("networking");
        return out;
    }
}
