package dev.rapport.llm;

import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import java.util.List;

/** The etiquette check a proposed note must pass; in production {@link NoteRules#check}, in tests a stand-in. */
@FunctionalInterface
public interface NoteChecker {
    List<Finding> check(String note, NoteContext context);

    static NoteChecker of(NoteRules rules) {
        return rules::check;
    }
}
