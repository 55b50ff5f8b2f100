package dev.rapport.corpus;

import dev.rapport.etiquette.Critic;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteMeaning;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import java.util.stream.Collectors;

/**
 * The development set of real notes (notes-real-dev.jsonl), note by note: the verdict it was labelled
 * with, rapport's verdict and findings. Only this set is ever printed note by note; the held sets
 * (notes-real, notes-real-2) are measured in aggregate by CorpusEvaluationTest.
 * <pre>mvn -q -o -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rapport.corpus.RealNotesDev</pre>
 */
public final class RealNotesDev {
    private RealNotesDev() {
    }

    public static void main(String[] args) {
        Critic critic = new Critic(RuleSet.builtIn(), new NoteRules(RuleSet.builtIn(), NoteMeaning.NONE));
        for (Corpus.Item item : Corpus.realNotesDev()) {
            var c = critic.critique(item.text(), NoteContext.bare(300));
            String findings = c.findings().stream().map(f -> f.rule()).distinct().collect(Collectors.joining(","));
            boolean agree = c.verdict().id().equals("send") == item.verdict().equals("send");
            System.out.printf("%s %-4s want %-11s %s got %-11s [%s] | %s%n", item.id(), agree ? "ok" : "MISS", item.verdict(), item.labels(),
                    c.verdict().id(), findings, item.text());
        }
        System.out.println(CorpusEvaluation.realNotes(Corpus.realNotesDev(), NoteMeaning.NONE).summary());
    }
}
