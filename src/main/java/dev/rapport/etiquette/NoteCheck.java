package dev.rapport.etiquette;

import java.util.List;

/** The logic behind one note-level rule; the rule itself (severity, phrases, thresholds) is data. */
interface NoteCheck {
    List<Finding> check(Rule rule, NoteReading note);
}
