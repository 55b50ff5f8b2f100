package dev.rapport.etiquette;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error of a rules file in plain words, at the place the writer has to look. SnakeYAML's
 * own words ("while parsing a block collection: expected &lt;block end&gt;, but found '&lt;block mapping
 * start&gt;'") name its parser's states, not what is wrong with the file; its exceptions carry no kind,
 * so the kind is read from those words.
 *
 * @param key  the message under {@code errors:} in messages.yaml
 * @param vars the message's values
 * @param at   where to look: the line (and column) that is wrong, or where the unfinished thing opened
 */
record YamlSyntax(String key, Map<String, String> vars, JsonLocation at) {
    private static final Pattern BAD_START = Pattern.compile("found character '(.)' that cannot start any token");

    /** The plain reading of a known kind of syntax error; empty for one rapport has no words for. */
    static Optional<YamlSyntax> of(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Mark found = e.getProblemMark();
        Mark opened = e.getContextMark() != null ? e.getContextMark() : found;
        if (found == null) {
            return Optional.empty();
        }
        if (problem.startsWith("expected <block end>")) {
            // a key or item further in or out than the lines above it; text after a quoted value ends up here too
            return Optional.of(at(problem.endsWith("'<scalar>'") ? "yaml-after-quote" : "yaml-indent", found));
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return Optional.of(at("yaml-colon", found));
        }
        if (problem.startsWith("could not find expected ':'")) {
            return Optional.of(at("yaml-no-colon", opened));
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return Optional.of(at("yaml-open-quote", opened));
        }
        if (problem.startsWith("found unknown escape character")) {
            return Optional.of(at("yaml-escape", found));
        }
        if (problem.contains("(TAB)")) {
            return Optional.of(at("yaml-tab", found));
        }
        Matcher start = BAD_START.matcher(problem);
        if (start.find()) {
            return Optional.of(new YamlSyntax("yaml-bad-start", Map.of("character", start.group(1)), location(found)));
        }
        if (context.startsWith("while parsing a flow")) {
            return Optional.of(at("yaml-open-bracket", opened));
        }
        return Optional.empty();
    }

    private static YamlSyntax at(String key, Mark mark) {
        return new YamlSyntax(key, Map.of(), location(mark));
    }

    /** SnakeYAML counts lines and columns from 0; the messages, like an editor, from 1. */
    static JsonLocation location(Mark mark) {
        return new JsonLocation(null, -1, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
