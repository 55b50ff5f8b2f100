package dev.rapport.corpus;

import dev.rapport.app.Quiz;
import dev.rapport.etiquette.Critic;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.SentenceCues;
import dev.rapport.language.LabelModel;
import dev.rapport.language.Language;
import dev.rapport.language.LabelTrainer;
import dev.rapport.language.LabelledText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Choosing the note-sentence classifier's features and thresholds on the dev split only (never test):
 * trains on train, then for each rule sweeps the threshold over dev with the phrase rules' own findings
 * added, and counts flags on warm sentences that must stay clean (the drafted notes in dev and the
 * precision guards of NoteRulesTest, and the sentences of the bundled quiz's "send" notes). Run after test-compile:
 * <pre>mvn -q -o -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rapport.corpus.NoteExperiment</pre>
 */
public final class NoteExperiment {
    static final List<String> RULES = CorpusEvaluation.NOTE_RULES;
    /** Sentences the rules must not flag (NoteRulesTest's precision guards, by rule). */
    static final Map<String, List<String>> GUARDS = Map.of(
            "pitch", List.of("Your demo of the dispute tool at Money20/20 was great.", "Our time at Stripewell taught me a lot.",
                    "Your SaaStr talk on pricing strategy was sharp."),
            "meeting-ask", List.of("I spent 10 minutes rereading your post on Kafka replays.", "We had coffee at DevOpsDays, glad we did."),
            "lead-gen", List.of("I'd love to hear about your path into UX research at Fieldnote.", "Would love to hear about your plans after Stripewell.",
                    "How did you get leadership to fund the rotation changes at Stripewell?"),
            "personal-channel", List.of("Your talk on Instagram's ranking changes at Strange Loop was great.",
                    "We worked there 2016-2021 and again 2022-2024 at Stripewell.", "Happy to keep talking here on LinkedIn about Stripewell."));

    private NoteExperiment() {
    }

    public static void main(String[] args) {
        List<Corpus.Item> all = Corpus.noteSentences();
        List<Corpus.Item> train = Corpus.split(all, "train");
        List<Corpus.Item> dev = Corpus.split(all, "dev");
        StringBuilder off = new StringBuilder("rules:\n");
        RULES.forEach(r -> off.append("  - id: ").append(r).append("\n    params:\n      classifier-threshold: 1\n"));
        NoteRules phrases = new NoteRules(RuleSet.builtIn().overlay(off.toString(), "experiment"));
        Map<String, Set<String>> byPhrase = new HashMap<>();
        for (Corpus.Item i : dev) {
            byPhrase.put(i.id(), phrases.check(i.text(), NoteContext.bare(300)).stream().map(f -> f.rule())
                    .filter(RULES::contains).collect(Collectors.toSet()));
        }
        List<String> warm = new ArrayList<>(dev.stream().filter(i -> i.source().startsWith("drafted:")).map(Corpus.Item::text).toList());
        // the sentences of the bundled quiz's "send" notes must stay clean too (QuizTest)
        new Quiz(new Critic(RuleSet.builtIn())).items().stream()
                .filter(q -> q.answer().equals("send"))
                .forEach(q -> Language.english().sentences(q.note()).forEach(s -> warm.add(s.text())));
        Set<String> labels = new TreeSet<>(RULES);
        String[] variants = args.length > 0 ? args : new String[] {"words:0.1", "cues:0.1", "cues:0.3", "cues:0.03"};
        for (String v : variants) {
            String[] p = v.split(":");
            boolean cues = p[0].startsWith("cues");
            double l2 = Double.parseDouble(p[1]);
            Function<String, List<String>> ev = cues ? SentenceCues::of : t -> List.of();
            LabelModel m = new LabelTrainer(l2, 200, 1).train(train.stream()
                    .map(i -> new LabelledText(i.text(), i.labels(), ev.apply(i.text()))).toList(), labels, null);
            Map<String, Map<String, Double>> scores = new HashMap<>();
            dev.forEach(i -> scores.put(i.id(), m.scores(i.text(), ev.apply(i.text()), null)));
            Map<String, Map<String, Double>> warmScores = new HashMap<>();
            warm.forEach(t -> warmScores.put(t, m.scores(t, ev.apply(t), null)));
            GUARDS.values().forEach(l -> l.forEach(t -> warmScores.put(t, m.scores(t, ev.apply(t), null))));
            System.out.println("== " + v);
            for (String rule : RULES) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-16s", rule));
                double best = 1;
                double bestR = -1;
                for (double th = 0.2; th <= 0.951; th += 0.05) {
                    int tp = 0;
                    int fp = 0;
                    int fn = 0;
                    for (Corpus.Item i : dev) {
                        boolean got = byPhrase.get(i.id()).contains(rule) || scores.get(i.id()).get(rule) >= th;
                        boolean want = i.labels().contains(rule);
                        tp += got && want ? 1 : 0;
                        fp += got && !want ? 1 : 0;
                        fn += !got && want ? 1 : 0;
                    }
                    final double t = th;
                    long warmFlags = warmScores.values().stream().filter(s -> s.get(rule) >= t).count();
                    double pr = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
                    double rc = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
                    if (Math.abs(th * 20 - Math.round(th * 20)) < 1e-6 && (Math.round(th * 100) % 10 == 0 || Boolean.getBoolean("fine"))) {
                        line.append(String.format(Locale.ROOT, " %.1f:%3.0f/%3.0f/%d", th, 100 * pr, 100 * rc, warmFlags));
                    }
                    if (pr >= 0.9 && warmFlags == 0 && rc > bestR) {
                        bestR = rc;
                        best = th;
                    }
                }
                line.append(String.format(Locale.ROOT, "  best th %.2f R %.0f", best, 100 * bestR));
                System.out.println(line);
            }
            pseudoNotes(dev, byPhrase, scores, ev, warm, warmScores);
            if (Boolean.getBoolean("show")) {
                for (Corpus.Item i : dev) {
                    for (String rule : List.of("pitch", "lead-gen", "meeting-ask")) {
                        boolean want = i.labels().contains(rule);
                        boolean got = byPhrase.get(i.id()).contains(rule) || scores.get(i.id()).get(rule) >= 0.5;
                        if (want != got) {
                            System.out.printf(Locale.ROOT, "    %s %s %.2f | %s | %s%n", want ? "MISS" : "FP  ", rule, scores.get(i.id()).get(rule), ev.apply(i.text()), i.text());
                        }
                    }
                }
            }
        }
    }

    /**
     * The note-level lever on dev: consecutive dev sentences of one source joined in twos as pseudo-notes;
     * a pseudo-note is flagged as a pitch when a sentence crosses the sentence threshold, or when one
     * crosses the lower offer threshold and some sentence of the note asks something of the reader.
     */
    static void pseudoNotes(List<Corpus.Item> dev, Map<String, Set<String>> byPhrase, Map<String, Map<String, Double>> scores,
            Function<String, List<String>> ev, List<String> warm, Map<String, Map<String, Double>> warmScores) {
        double th = Double.parseDouble(System.getProperty("pitch.th", "0.35"));
        for (double low : new double[] {1.0, 0.25, 0.2, 0.15, 0.1, 0.05}) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int k = 0; k + 1 < dev.size(); k += 2) {
                Corpus.Item a = dev.get(k);
                Corpus.Item b = dev.get(k + 1);
                if (!a.source().equals(b.source())) {
                    continue;
                }
                boolean want = a.labels().contains("pitch") || b.labels().contains("pitch");
                boolean got = flagged(List.of(a, b), byPhrase, scores, ev, th, low);
                tp += got && want ? 1 : 0;
                fp += got && !want ? 1 : 0;
                fn += !got && want ? 1 : 0;
            }
            long warmFlags = 0;
            for (int k = 0; k + 1 < warm.size(); k += 2) {
                String a = warm.get(k);
                String b = warm.get(k + 1);
                boolean ask = asks(ev.apply(a)) || asks(ev.apply(b));
                double pa = warmScores.get(a).get("pitch");
                double pb = warmScores.get(b).get("pitch");
                warmFlags += Math.max(pa, pb) >= th || (ask && Math.max(pa, pb) >= low) ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "  pseudo-notes pitch th %.2f offer-with-ask %.2f: P %.0f R %.0f (tp %d fp %d fn %d) warm flags %d%n",
                    th, low, 100.0 * tp / Math.max(1, tp + fp), 100.0 * tp / Math.max(1, tp + fn), tp, fp, fn, warmFlags);
        }
    }

    static boolean flagged(List<Corpus.Item> note, Map<String, Set<String>> byPhrase, Map<String, Map<String, Double>> scores,
            Function<String, List<String>> ev, double th, double low) {
        boolean ask = note.stream().anyMatch(i -> asks(ev.apply(i.text())));
        for (Corpus.Item i : note) {
            double p = scores.get(i.id()).get("pitch");
            if (byPhrase.get(i.id()).contains("pitch") || p >= th || (ask && p >= low)) {
                return true;
            }
        }
        return false;
    }

    static boolean asks(List<String> cues) {
        return cues.contains("yes-no-ask") || cues.contains("time-ask") || cues.contains("rule=meeting-ask") || cues.contains("lead-magnet");
    }

    static List<String> words(String s) {
        return new ArrayList<>(List.of(s.split("\\s+")));
    }
}
