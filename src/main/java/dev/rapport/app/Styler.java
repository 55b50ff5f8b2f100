package dev.rapport.app;

import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Severity;

/**
 * Emphasis for terminal output, so that one renderer serves the command line and the REPL.
 * The plain styler is used when NO_COLOR is set, the terminal is dumb, or output is not a terminal.
 */
public interface Styler {
    String decision(Decision decision, String text);

    String severity(Severity severity, String text);

    String dim(String text);

    String bold(String text);

    String alert(String text);

    /** A marked stretch of a note: underlined in the severity's colour where the terminal can show it. */
    default String underline(Severity severity, String text) {
        return severity(severity, text);
    }

    static Styler plain() {
        return Plain.INSTANCE;
    }

    static Styler ansi() {
        return Ansi.INSTANCE;
    }

    final class Plain implements Styler {
        static final Plain INSTANCE = new Plain();

        @Override public String decision(Decision d, String t) { return t; }
        @Override public String severity(Severity s, String t) { return t; }
        @Override public String dim(String t) { return t; }
        @Override public String bold(String t) { return t; }
        @Override public String alert(String t) { return t; }
    }

    final class Ansi implements Styler {
        static final Ansi INSTANCE = new Ansi();
        private static final String RESET = "\u001B[0m";

        private static String wrap(String code, String t) {
            return "\u001B[" + code + "m" + t + RESET;
        }

        @Override
        public String decision(Decision d, String t) {
            return switch (d) {
                case CONNECT -> wrap("1;32", t);
                case FOLLOW_FIRST -> wrap("1;33", t);
                case DO_NOT_CONNECT -> wrap("1;31", t);
            };
        }

        @Override
        public String severity(Severity s, String t) {
            return switch (s) {
                case INFO -> wrap("36", t);
                case WARNING -> wrap("33", t);
                case ERROR -> wrap("31", t);
            };
        }

        @Override
        public String underline(Severity s, String t) {
            return switch (s) {
                case INFO -> wrap("4;36", t);
                case WARNING -> wrap("4;33", t);
                case ERROR -> wrap("4;31", t);
            };
        }

        @Override public String dim(String t) { return wrap("2", t); }
        @Override public String bold(String t) { return wrap("1", t); }
        @Override public String alert(String t) { return wrap("31", t); }
    }
}
