package dev.rapport.llm;

import dev.rapport.text.Secrets;

import dev.rapport.io.InputKind;
import dev.rapport.io.InputFiles;
import dev.langchain4j.model.input.PromptTemplate;
import dev.rapport.RapportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt files: packaged under {@code /prompts/} in the jar (from the top-level prompts/
 * folder), each overridable by a file of the same name in the {@code --prompts} folder.
 * Placeholders are LangChain4j's {@code {{name}}}; a placeholder rapport does not fill is a
 * one-line error naming the file, so that a typo in a user's prompt is found at once.
 */
public final class Prompts {
    public enum Kind {
        SYSTEM("system.txt"), DRAFT("draft.txt"), REFINE("refine.txt"), RETRY("retry.txt"),
        CHAT("chat.txt"), EVIDENCE("evidence.txt");

        final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");
    private final Map<Kind, String> templates = new EnumMap<>(Kind.class);
    private final Map<Kind, String> sources = new EnumMap<>(Kind.class);

    private Secret key;

    private Prompts() {
    }

    /** Every prompt rendered from now on has {@code key} (and anything shaped like a key) masked. */
    Prompts masking(Secret key) {
        this.key = key;
        return this;
    }

    /** The packaged prompts, with any file in {@code dir} (may be null) taking precedence. */
    public static Prompts load(Path dir) {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new RapportException(Messages.get("prompts.missing", "(folder)", dir), RapportException.USAGE, null);
        }
        Prompts p = new Prompts();
        for (Kind k : Kind.values()) {
            Path own = dir == null ? null : dir.resolve(k.file);
            if (own != null && InputFiles.type(own) != InputFiles.Type.MISSING) {
                p.templates.put(k, InputFiles.readText(own, InputKind.PROMPT));
                p.sources.put(k, own.toString());
            } else {
                p.templates.put(k, packaged(k));
                p.sources.put(k, "prompts/" + k.file);
            }
        }
        return p;
    }

    private static String packaged(Kind k) {
        try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + k.file)) {
            if (in == null) {
                throw new IllegalStateException("the packaged prompt " + k.file + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the packaged prompt " + k.file + " cannot be read", e);
        }
    }

    public String render(Kind kind, Map<String, Object> values) {
        String template = templates.get(kind);
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                throw new RapportException(Messages.get("prompts.variable", sources.get(kind), "{{" + m.group(1) + "}}"),
                        RapportException.USAGE, null);
            }
        }
        String text = PromptTemplate.from(template).apply(values).text().strip();
        return Secrets.mask(text, key == null ? null : key.reveal());
    }
}
