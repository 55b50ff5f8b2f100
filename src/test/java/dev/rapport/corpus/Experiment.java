package dev.rapport.corpus;

import dev.rapport.language.LabelModel;
import dev.rapport.language.LabelTrainer;
import dev.rapport.language.LabelledText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Tuning on the dev split only (never test): mvn exec with -Drapport.corpus=DIR. */
public final class Experiment {
    static Set<String> cues(String text) {
        return dev.rapport.purpose.PurposeReader.cueIntents(text).stream().map(i -> switch (i.id()) {
            case "content-interest" -> "topic-interest";
            case "lead-gen" -> "lead-generation";
            default -> i.id();
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    public static void main(String[] args) {
        boolean notes = args.length > 0 && args[0].equals("notes");
        List<Corpus.Item> all = notes ? Corpus.noteSentences() : Corpus.reasons();
        List<Corpus.Item> train = Corpus.split(all, "train");
        List<Corpus.Item> dev = Corpus.split(all, "dev");
        Set<String> labels = all.stream().flatMap(i -> i.labels().stream()).collect(Collectors.toCollection(TreeSet::new));
        if (!notes) {
            int exact = 0;
            for (Corpus.Item i : dev) {
                if (cues(i.text()).equals(i.labels())) {
                    exact++;
                }
            }
            System.out.printf("cues alone exact=%.1f%%%n", 100.0 * exact / dev.size());
        }
        boolean embed = Boolean.getBoolean("embed");
        java.util.function.Function<String, float[]> vec = null;
        if (embed) {
            var e = new dev.rapport.semantic.MiniLmEmbedder();
            Map<String, float[]> cache = new java.util.HashMap<>();
            vec = t -> cache.computeIfAbsent(t, e::embed);
        }
        final var v = vec;
        for (double l2 : new double[] {0.1, 0.5}) {
            LabelModel m = new LabelTrainer(l2, 200, Integer.getInteger("cutoff", 2)).train(train.stream()
                    .map(i -> new LabelledText(i.text(), i.labels(), notes ? List.of() : List.copyOf(cues(i.text())))).toList(), labels, v);
            for (boolean union : new boolean[] {false, true})
            for (double th : new double[] {0.3, 0.5}) {
                int exact = 0;
                for (Corpus.Item i : dev) {
                    Map<String, Double> s = m.scores(i.text(), notes ? List.of() : List.copyOf(cues(i.text())), v == null ? null : v.apply(i.text()));
                    Set<String> got = s.entrySet().stream().filter(e -> e.getValue() >= th).map(Map.Entry::getKey)
                            .collect(Collectors.toSet());
                    if (got.isEmpty() && !notes) {
                        got = Set.of(s.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
                    }
                    if (!notes && union) {
                        got = new TreeSet<>(got);
                        got.addAll(cues(i.text()));
                    }
                    if (got.equals(i.labels())) {
                        exact++;
                    } else if (Boolean.getBoolean("show") && l2 < 0.2 && th < 0.4 && union) {
                        System.out.println("  want " + i.labels() + " got " + got + " cues " + cues(i.text()) + " | " + i.text());
                    }
                }
                System.out.printf("l2=%.2f th=%.1f union=%s exact=%.1f%%%n", l2, th, union, 100.0 * exact / dev.size());
            }
        }
    }
}
