package dev.rapport.semantic;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteMeaning;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Severity;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.IntentEvidence;
import dev.rapport.purpose.PurposeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The labelled evaluation in src/test/resources/eval/: purposes -> intents, pairs -> verdict and
 * best angle, notes -> pass or fail. Runs the same items with a given {@link Semantics} (off, or a
 * model) and counts agreement with the labels; misses are kept so that a run can print them.
 */
final class Evaluation {
    record IntentItem(String text, List<String> intents) {
    }

    record PairItem(String pair, String why, String verdict, List<String> angle) {
    }

    record NoteItem(String note, boolean pass, String rule) {
    }

    /** Agreement for one use: how many items, how many right, and the wrong ones. */
    record Score(String use, int items, int right, List<String> misses) {
        double share() {
            return items == 0 ? 0 : (double) right / items;
        }

        String line() {
            return String.format("%-14s %3d/%3d  %5.1f%%", use, right, items, 100 * share());
        }
    }

    record Figures(Score intents, Score verdicts, Score angles, Score notes, Score heldOut) {
        List<Score> all() {
            return List.of(intents, verdicts, angles, notes, heldOut);
        }

        int items() {
            return intents.items() + verdicts.items() + notes.items() + heldOut.items();
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final YearMonth TODAY = YearMonth.of(2026, 11);
    private static final Map<String, Profile> PROFILES = new HashMap<>();

    private Evaluation() {
    }

    static Figures run(Semantics semantics) {
        SemanticUses uses = semantics.status() == Semantics.Status.OFF ? null : semantics.uses();
        return new Figures(intents(uses), verdicts(semantics, false), verdicts(semantics, true), notes(uses),
                notes(uses, "notes-heldout.yaml"));
    }

    static Score intents(SemanticUses uses) {
        List<IntentItem> items = read("intents.yaml", new TypeReference<>() { });
        IntentEvidence evidence = uses == null ? IntentEvidence.NONE : uses;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (IntentItem item : items) {
            Set<String> got = PurposeReader.read(item.text(), evidence).intents().stream().map(Intent::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (got.equals(new TreeSet<>(item.intents()))) {
                right++;
            } else {
                misses.add(item.text() + " -> " + got + " (label " + item.intents() + ")");
            }
        }
        return new Score("intents", items.size(), right, misses);
    }

    static Score verdicts(Semantics semantics, boolean angles) {
        List<PairItem> items = read("pairs.yaml", new TypeReference<>() { });
        Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> TODAY).withSemantics(semantics);
        int n = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (PairItem item : items) {
            if (angles && item.angle().isEmpty()) {
                continue;
            }
            n++;
            Assessment a = advisor.check(profile(item.pair(), "me"), profile(item.pair(), "them"), item.why());
            String got = angles
                    ? a.commonGround().stream().findFirst().map(g -> g.kind().id()).orElse("none")
                    : a.verdict().decision().id();
            boolean ok = angles ? item.angle().contains(got) : got.equals(item.verdict());
            if (ok) {
                right++;
            } else {
                misses.add(item.pair() + " \"" + item.why() + "\" -> " + got);
            }
        }
        return new Score(angles ? "best angle" : "verdict", n, right, misses);
    }

    static Score notes(SemanticUses uses) {
        return notes(uses, "notes.yaml");
    }

    static Score notes(SemanticUses uses, String file) {
        List<NoteItem> items = read(file, new TypeReference<>() { });
        NoteRules rules = new NoteRules(RuleSet.builtIn(), uses == null ? NoteMeaning.NONE : uses);
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (NoteItem item : items) {
            List<Finding> findings = rules.check(item.note(), NoteContext.bare(300));
            boolean passes = findings.stream().allMatch(f -> f.severity() == Severity.INFO);
            if (passes == item.pass()) {
                right++;
            } else {
                misses.add(item.note() + " -> " + (passes ? "pass" : findings.stream().map(Finding::rule).toList()));
            }
        }
        return new Score(file.equals("notes.yaml") ? "notes" : "notes held out", items.size(), right, misses);
    }

    private static <T> List<T> read(String name, TypeReference<List<T>> type) {
        try (InputStream in = Evaluation.class.getResourceAsStream("/eval/" + name)) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Profile profile(String pair, String stem) {
        return PROFILES.computeIfAbsent(pair + "/" + stem, k -> {
            Path dir = Path.of("examples", "pairs", pair);
            try (Stream<Path> files = Files.list(dir)) {
                Path file = files.filter(p -> p.getFileName().toString().equals(stem)
                        || p.getFileName().toString().startsWith(stem + ".")).findFirst().orElseThrow();
                return ProfileReaders.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
