package dev.rapport.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.RapportException;
import dev.rapport.app.RuleFiles;
import dev.rapport.batch.Target;
import dev.rapport.batch.Targets;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.io.InputFiles;
import dev.rapport.io.InputKind;
import dev.rapport.journal.InvitationsCsv;
import dev.rapport.ConfigFile;
import dev.rapport.llm.Prompts;
import dev.rapport.profile.ProfileReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random bytes at every reader rapport has: each either reads the file or refuses it with one
 * line that names the file and no Java class; nothing else ever escapes. The bytes start like the
 * format expected (a zip header, JSON, CSV, YAML) as often as not, so the parsers get past their
 * first check.
 */
class RandomBytesPropertyTest {
    private static final Pattern JAVA = Pattern.compile("\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b|\\bjava\\.[a-z]|\\bdev\\.rapport\\.");
    private static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("rapport-random");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<byte[]> input() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<String> head = Arbitraries.of("", "PK\u0003\u0004", "{\"basics\":{\"name\":\"", "name,headline\n",
                "rules:\n  - id: ", "From,To,Sent At,Message,Direction\n", "engine: ", "Jane Doe\nAbout\n", "\uFEFF");
        return head.flatMap(h -> noise.map(n -> {
            byte[] prefix = h.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[prefix.length + n.length];
            System.arraycopy(prefix, 0, all, 0, prefix.length);
            System.arraycopy(n, 0, all, prefix.length, n.length);
            return all;
        }));
    }

    @Property(tries = 150)
    void profiles(@ForAll("input") byte[] bytes) throws IOException {
        survives(file("profile.txt", bytes), f -> ProfileReaders.read(f));
        survives(file("export.zip", bytes), f -> ProfileReaders.read(f));
    }

    @Property(tries = 150)
    void ruleFiles(@ForAll("input") byte[] bytes) throws IOException {
        survives(file("rules.yaml", bytes), f -> RuleFiles.overlay(RuleSet.builtIn(), f));
    }

    @Property(tries = 150)
    void invitationImports(@ForAll("input") byte[] bytes) throws IOException {
        survives(file("Invitations.csv", bytes), InvitationsCsv::read);
    }

    @Property(tries = 150)
    void configFiles(@ForAll("input") byte[] bytes) throws IOException {
        survives(file("config.yaml", bytes), ConfigFile::read);
    }

    @Property(tries = 100)
    void batchTargets(@ForAll("input") byte[] bytes) throws IOException {
        for (String name : List.of("targets.csv", "targets.jsonl")) {
            survives(file(name, bytes), f -> {
                for (Target t : Targets.expand(List.of(f.toString()))) {
                    try {
                        t.read();
                    } catch (RapportException e) {
                        clean(e, f);
                    }
                }
            });
        }
    }

    @Property(tries = 100)
    void promptFolders(@ForAll("input") byte[] bytes) throws IOException {
        Path prompts = Files.createDirectories(dir.resolve("prompts"));
        Files.write(prompts.resolve("draft.txt"), bytes);
        survives(prompts, Prompts::load);
    }

    @Property(tries = 150)
    void notesAndAnyText(@ForAll("input") byte[] bytes) throws IOException {
        survives(file("note.txt", bytes), f -> InputFiles.readText(f, InputKind.NOTE));
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void survives(Path file, Consumer<Path> reader) {
        try {
            reader.accept(file);
        } catch (RapportException e) {
            clean(e, file);
        }
    }

    private static void clean(RapportException e, Path file) {
        assertThat(e.getMessage()).as("one line").doesNotContain("\n");
        assertThat(JAVA.matcher(e.getMessage()).find()).as("no Java name in: " + e.getMessage()).isFalse();
        assertThat(e.getMessage()).as("names the file").contains(file.getFileName().toString());
    }
}
