package dev.rapport.semantic;

/** Prints the evaluation with embeddings off and on, side by side (and the misses with -Dmisses). */
public final class EvalMain {
    private EvalMain() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Evaluation.Figures off = Evaluation.run(Semantics.off());
        long t1 = System.nanoTime();
        Semantics model = Semantics.lazy(System.err::println);
        Evaluation.Figures on = Evaluation.run(model);
        long t2 = System.nanoTime();
        System.out.printf("%-14s %-18s %-18s%n", "use", "embeddings off", "embeddings on");
        for (int i = 0; i < off.all().size(); i++) {
            System.out.printf("%-14s %-18s %-18s%n", off.all().get(i).use(),
                    off.all().get(i).line().substring(15), on.all().get(i).line().substring(15));
        }
        System.out.printf("items %d; off %.1f s, on %.1f s (model load and %d embeddings)%n", off.items(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, model.cacheMisses());
        // each use alone: everything on except that one, to see what it adds
        for (String use : new String[] {"intents", "needs", "posts", "rank", "notes"}) {
            Semantics without = Semantics.lazy(System.err::println);
            without.useParams(SemanticParams.builtIn().with(use, false));
            Evaluation.Figures f = Evaluation.run(without);
            StringBuilder line = new StringBuilder("without " + use + ":");
            f.all().forEach(sc -> line.append(String.format("  %s %d/%d", sc.use(), sc.right(), sc.items())));
            System.out.println(line);
        }
        if (Boolean.getBoolean("misses")) {
            for (int i = 0; i < off.all().size(); i++) {
                System.out.println("-- off " + off.all().get(i).use());
                off.all().get(i).misses().forEach(m -> System.out.println("   " + m));
                System.out.println("-- on " + on.all().get(i).use());
                on.all().get(i).misses().forEach(m -> System.out.println("   " + m));
            }
        }
    }
}
