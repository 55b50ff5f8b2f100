package dev.rapport.app;

import dev.rapport.io.InputKind;
import dev.rapport.io.InputFiles;
import dev.rapport.RapportException;
import dev.rapport.etiquette.RuleSet;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A user's rules file on disk, laid over a rule set. The one way a path becomes rules, for the
 * --rules option and a `rules:` entry in the config file alike. All or nothing: a file with any
 * problem is refused with the file, line and column, and the rule set passed in stays as it was.
 */
public final class RuleFiles {
    private RuleFiles() {
    }

    public static RuleSet overlay(RuleSet base, Path file) {
        String name = file.toString();
        if (InputFiles.type(file) == InputFiles.Type.MISSING) {
            throw new RapportException(Messages.get("rules.file.missing", name));
        }
        return base.overlay(InputFiles.readText(file, InputKind.RULES), name);
    }
}
