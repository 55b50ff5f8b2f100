package dev.rapport.purpose;

import dev.rapport.corpus.Corpus;
import java.util.*;
import java.util.stream.Collectors;

/** Dev-split error analysis of the shipped reading (never reads the test split). */
public final class IntentDevLab {
    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "dev";
        if (split.equals("test")) {
            throw new IllegalArgumentException("the test split is never looked at item by item");
        }
        List<Corpus.Item> dev = Corpus.split(Corpus.reasons(), split);
        Map<String, int[]> per = new TreeMap<>(); // tp fp fn
        int exact = 0, tooMany = 0, tooFew = 0, swapped = 0, cueFp = 0;
        Map<String, Integer> confusions = new TreeMap<>();
        for (Corpus.Item it : dev) {
            String clean = PurposeReader.normalise(it.text());
            Set<String> cues = PurposeReader.cueIntents(clean).stream().map(Intent::label).collect(Collectors.toCollection(TreeSet::new));
            Set<String> got = PurposeReader.read(it.text()).intents().stream().map(Intent::label).collect(Collectors.toCollection(TreeSet::new));
            Set<String> want = new TreeSet<>(it.labels());
            for (String l : want) per.computeIfAbsent(l, k -> new int[3])[got.contains(l) ? 0 : 2]++;
            for (String l : got) if (!want.contains(l)) per.computeIfAbsent(l, k -> new int[3])[1]++;
            if (got.equals(want)) { exact++; continue; }
            Set<String> miss = new TreeSet<>(want); miss.removeAll(got);
            Set<String> extra = new TreeSet<>(got); extra.removeAll(want);
            if (miss.isEmpty()) tooMany++; else if (extra.isEmpty()) tooFew++; else swapped++;
            for (String e : extra) if (cues.contains(e)) cueFp++;
            for (String m : miss) for (String e : extra) confusions.merge(m + " -> " + e, 1, Integer::sum);
            System.out.println(it.id() + " want " + want + " got " + got + " cues " + cues + " | " + it.text());
        }
        System.out.printf("exact %d/%d = %.1f%%; only extra %d, only missing %d, both %d; extra labels from cues %d%n",
                exact, dev.size(), 100.0 * exact / dev.size(), tooMany, tooFew, swapped, cueFp);
        per.forEach((l, c) -> System.out.printf("%-16s tp %3d fp %3d fn %3d  P %.2f R %.2f%n", l, c[0], c[1], c[2],
                c[0] / (double) Math.max(1, c[0] + c[1]), c[0] / (double) Math.max(1, c[0] + c[2])));
        confusions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(20)
                .forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue()));
    }
}
