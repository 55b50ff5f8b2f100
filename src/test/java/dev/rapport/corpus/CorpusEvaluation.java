package dev.rapport.corpus;

import dev.rapport.etiquette.Critic;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteMeaning;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.IntentEvidence;
import dev.rapport.purpose.PurposeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Measures the shipped reading of reasons and notes on the labelled corpus, split by split: intent
 * exact-set accuracy with precision and recall per intent; note-rule precision and recall per rule on
 * single note sentences (phrase rules, trained classifier and, when on, paraphrases together); verdict
 * agreement on whole real notes. Nothing here tunes anything.
 */
public final class CorpusEvaluation {
    static final List<String> NOTE_RULES = List.of("pitch", "lead-gen", "meeting-ask", "no-reason", "flattery", "me-centric", "personal-channel");

    /** Counts for one label. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public int support() {
            return tp + fn;
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%-18s P %5.1f %%  R %5.1f %%  (n=%d)", label, 100 * precision(), 100 * recall(), support());
        }
    }

    /** Figures for one split. */
    public record Figures(String split, int items, int exact, Map<String, Counts> perLabel) {
        public double accuracy() {
            return items == 0 ? 0 : (double) exact / items;
        }

        public Counts of(String label) {
            return perLabel.getOrDefault(label, new Counts());
        }

        public String summary(String what) {
            return String.format(Locale.ROOT, "%s %-5s exact-set %5.1f %% of %d", what, split, 100 * accuracy(), items);
        }
    }

    private CorpusEvaluation() {
    }

    public static Figures intents(String split, IntentEvidence evidence) {
        List<Corpus.Item> items = Corpus.split(Corpus.reasons(), split);
        Map<String, Counts> per = new TreeMap<>();
        int exact = 0;
        for (Corpus.Item item : items) {
            Set<String> got = PurposeReader.read(item.text(), evidence).intents().stream().map(Intent::label)
                    .collect(Collectors.toCollection(TreeSet::new));
            exact += got.equals(item.labels()) ? 1 : 0;
            count(per, item.labels(), got);
        }
        return new Figures(split, items.size(), exact, per);
    }

    public static Figures noteSentences(String split, NoteMeaning meaning) {
        List<Corpus.Item> items = Corpus.split(Corpus.noteSentences(), split);
        NoteRules rules = new NoteRules(RuleSet.builtIn(), meaning);
        Map<String, Counts> per = new TreeMap<>();
        int exact = 0;
        for (Corpus.Item item : items) {
            Set<String> got = rules.check(item.text(), NoteContext.bare(300)).stream().map(f -> f.rule())
                    .filter(NOTE_RULES::contains).collect(Collectors.toCollection(TreeSet::new));
            exact += got.equals(item.labels()) ? 1 : 0;
            count(per, item.labels(), got);
        }
        return new Figures(split, items.size(), exact, per);
    }

    /** Whole real notes: the verdict as graded with no profiles, against the etiquette view recorded with each note. */
    public record RealNotes(int items, int sameVerdict, int sameSendOrNot, List<String> sellingScoredSend) {
        public String summary() {
            return String.format(Locale.ROOT, "real notes: same verdict %5.1f %%, same send / not send %5.1f %% of %d; selling notes scored send: %d",
                    100.0 * sameVerdict / items, 100.0 * sameSendOrNot / items, items, sellingScoredSend.size());
        }
    }

    public static RealNotes realNotes(NoteMeaning meaning) {
        return realNotes(Corpus.realNotes(), meaning);
    }

    public static RealNotes realNotes(List<Corpus.Item> items, NoteMeaning meaning) {
        Critic critic = new Critic(RuleSet.builtIn(), new NoteRules(RuleSet.builtIn(), meaning));
        int same = 0;
        int sendOrNot = 0;
        List<String> selling = new ArrayList<>();
        for (Corpus.Item item : items) {
            NoteVerdict v = critic.critique(item.text(), NoteContext.bare(300)).verdict();
            String got = v.id();
            same += got.equals(item.verdict()) ? 1 : 0;
            sendOrNot += (got.equals("send") == item.verdict().equals("send")) ? 1 : 0;
            boolean sells = item.labels().contains("pitch") || item.labels().contains("lead-gen");
            if (sells && v == NoteVerdict.SEND) {
                selling.add(item.id());
            }
        }
        return new RealNotes(items.size(), same, sendOrNot, selling);
    }

    private static void count(Map<String, Counts> per, Set<String> want, Set<String> got) {
        for (String l : want) {
            Counts c = per.computeIfAbsent(l, k -> new Counts());
            if (got.contains(l)) {
                c.tp++;
            } else {
                c.fn++;
            }
        }
        for (String l : got) {
            if (!want.contains(l)) {
                per.computeIfAbsent(l, k -> new Counts()).fp++;
            }
        }
    }

    static Map<String, String> lines(Figures f) {
        Map<String, String> out = new LinkedHashMap<>();
        f.perLabel().forEach((label, c) -> out.put(label, c.line(label)));
        return out;
    }
}
