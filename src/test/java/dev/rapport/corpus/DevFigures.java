package dev.rapport.corpus;

import dev.rapport.etiquette.NoteMeaning;
import dev.rapport.purpose.IntentEvidence;

/**
 * The shipped reading measured on the train and dev splits only (never test), embeddings off, with the
 * development real-notes set note by note: what tuning looks at.
 * <pre>mvn -q -o -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rapport.corpus.DevFigures</pre>
 */
public final class DevFigures {
    private DevFigures() {
    }

    public static void main(String[] args) {
        for (String split : new String[] {"train", "dev"}) {
            CorpusEvaluation.Figures f = CorpusEvaluation.intents(split, IntentEvidence.NONE);
            System.out.println(f.summary("intents"));
            if (split.equals("dev")) {
                CorpusEvaluation.lines(f).values().forEach(l -> System.out.println("    " + l));
            }
        }
        for (String split : new String[] {"train", "dev"}) {
            CorpusEvaluation.Figures f = CorpusEvaluation.noteSentences(split, NoteMeaning.NONE);
            System.out.println(f.summary("note sentences"));
            if (split.equals("dev")) {
                CorpusEvaluation.lines(f).values().forEach(l -> System.out.println("    " + l));
            }
        }
        RealNotesDev.main(args);
    }
}
