package dev.rapport.draft;

import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A development tool, not a test: prints the first note of every example and dev pair (or of the
 * pair folders given; {@code -Ddump.limit=N} drafts each at N characters) with the verdict, the intents and any note-rule finding, for reading notes as
 * their recipients would. Never point it at the held-aside panel sets.
 */
public class DumpNotes {
    public static void main(String[] a) {
        NoteRules rules = new NoteRules(RuleSet.builtIn());
        OfflineDrafter d = new OfflineDrafter();
        List<Path> pairs = new ArrayList<>();
        if (a.length > 0) { for (String s : a) pairs.add(Path.of(s)); } else { pairs.addAll(Pairs.in(Pairs.EXAMPLES)); pairs.addAll(Pairs.in(Pairs.DEV)); }
        for (Path p : pairs) {
            DraftRequest r;
            try {
                r = Pairs.request(p);
            } catch (RuntimeException e) {
                // a pair rapport cannot read is itself a finding to read, not the end of the run
                System.out.println("== " + p.getFileName() + " [UNREAD] " + e.getMessage());
                continue;
            }
            // -Ddump.limit=200: every pair at a free account's limit, where the fallback plans are chosen
            Integer limit = Integer.getInteger("dump.limit");
            if (limit != null) {
                r = new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), r.verdict(), limit, r.variants(), r.style());
            }
            System.out.println("== " + p.getFileName() + " [" + r.verdict().decision() + "] why: " + r.purpose().text());
            System.out.println("   intents=" + r.purpose().intents() + " people=" + r.purpose().people() + " events=" + r.purpose().events());
            List<Note> notes = d.draft(r);
            for (Note n : notes) {
                var f = rules.check(n.text(), new NoteContext(r.me(), r.them(), r.purpose(), r.ground(), r.limit()));
                System.out.println(" * (" + n.text().codePointCount(0, n.text().length()) + ") " + n.text());
                f.stream().filter(x -> x.severity() != dev.rapport.etiquette.Severity.INFO).forEach(x -> System.out.println("     ! " + x.message()));
                break;
            }
        }
    }
}
