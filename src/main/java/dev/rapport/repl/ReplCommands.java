package dev.rapport.repl;

import java.util.List;
import dev.rapport.etiquette.Mark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The slash commands, declared for Picocli (parsing, argument checks, completion) and carried out by
 * the {@link Conversation}. Free text (a reason, a file name with spaces) arrives as words and is joined.
 */
@Command(name = "rapport")
final class ReplCommands {
    /** The order /help lists them in. */
    static final List<String> NAMES = List.of("/me", "/them", "/why", "/check", "/draft", "/pick", "/limit",
            "/explain", "/rules", "/critique", "/copy", "/save", "/sent", "/accepted", "/log", "/forget", "/engine", "/usage",
            "/reset", "/help", "/quit");

    private final Conversation c;

    ReplCommands(Conversation c) {
        this.c = c;
    }

    @Command(name = "/me")
    void me(@Parameters(arity = "0..*", paramLabel = "FILE") List<String> file) {
        c.loadCommand(Conversation.Whose.ME, join(file));
    }

    @Command(name = "/them")
    void them(@Parameters(arity = "0..*", paramLabel = "FILE") List<String> file) {
        c.loadCommand(Conversation.Whose.THEM, join(file));
    }

    @Command(name = "/why")
    void why(@Parameters(arity = "0..*", paramLabel = "TEXT") List<String> words) {
        c.whyCommand(join(words));
    }

    @Command(name = "/check")
    void check() {
        c.checkCommand();
    }

    @Command(name = "/draft")
    void draft() {
        c.draftCommand();
    }

    @Command(name = "/pick")
    void pick(@Parameters(arity = "0..1", paramLabel = "N") String n) {
        c.pickCommand(n);
    }

    @Command(name = "/limit")
    void limit(@Parameters(arity = "0..1", paramLabel = "200|300") String n) {
        c.limitCommand(n);
    }

    @Command(name = "/explain")
    void explain(@Parameters(arity = "0..1", paramLabel = "RULE") String rule) {
        c.explainCommand(rule);
    }

    @Command(name = "/rules")
    void rules() {
        c.rulesCommand();
    }

    @Command(name = "/copy")
    void copy(@Parameters(arity = "0..*", paramLabel = "[N] [FILE]") List<String> args) {
        c.copyCommand(args == null ? List.of() : args);
    }

    @Command(name = "/save")
    void save(@Parameters(arity = "0..*", paramLabel = "FILE") List<String> file) {
        c.saveCommand(join(file));
    }

    @Command(name = "/critique")
    void critique(@Parameters(arity = "0..*", paramLabel = "TEXT") List<String> words) {
        c.critiqueCommand(join(words));
    }

    @Command(name = "/sent")
    void sent() {
        c.markCommand(Mark.SENT);
    }

    @Command(name = "/accepted")
    void accepted() {
        c.markCommand(Mark.ACCEPTED);
    }

    @Command(name = "/log")
    void log(@Parameters(arity = "0..*", paramLabel = "NAME") List<String> name) {
        c.logCommand(join(name));
    }

    @Command(name = "/forget")
    void forget(@Parameters(arity = "0..*", paramLabel = "NAME") List<String> name) {
        c.forgetCommand(join(name));
    }

    @Command(name = "/engine")
    void engine(@Parameters(arity = "0..*", paramLabel = "NAME [MODEL]") List<String> args) {
        c.engineCommand(args == null ? List.of() : args);
    }

    @Command(name = "/usage")
    void usage() {
        c.usageCommand();
    }

    @Command(name = "/reset")
    void reset() {
        c.resetCommand();
    }

    @Command(name = "/help")
    void help() {
        c.helpCommand();
    }

    @Command(name = "/quit", aliases = {"/exit", "/q"})
    void quit() {
        c.quitCommand();
    }

    private static String join(List<String> words) {
        return words == null ? "" : String.join(" ", words).strip();
    }
}
