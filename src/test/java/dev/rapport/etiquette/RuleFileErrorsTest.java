package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.RapportException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad rules file is refused with the file, the line and column, and what was expected. */
class RuleFileErrorsTest {
    private final RuleSet builtIn = RuleSet.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unclosed quote      | `rules:\\n  - id: pitch\\n    title: "unclosed\\n  - id: link\\n`                                  | 3 | : the quote that opens here is never closed
            a line with no colon | `rules:\\n  - id: pitch\\n    severity: error\\n  bad\\n`                                          | 4 | : the line has no ':'
            unknown key         | `rules:\\n  - id: pitch\\n    sevrity: error\\n`                                                   | 3 | unknown key 'sevrity'; expected one of: bad, enabled, extend
            bad severity        | `rules:\\n  - id: pitch\\n    severity: loud\\n`                                                   | 3 | rule 'pitch': severity 'loud' is not one of: info, warning, error
            bad regex           | `rules:\\n  - id: no-crypto\\n    level: note\\n    title: t\\n    severity: info\\n    params:\\n      patterns: ['ok', '(unclosed']\\n` | 7 | pattern '(unclosed' is not a valid regular expression
            unknown rule id     | `rules:\\n  - id: link\\n    enabled: true\\n  - id: pich\\n    enabled: false\\n`                  | 4 | rule 'pich': there is no such rule (did you mean 'pitch'?)
            wrong type          | `rules:\\n  - id: pitch\\n    enabled: sometimes\\n`                                               | 3 | 'rules[0].enabled' must be true or false
            bad level           | `rules:\\n  - id: mine\\n    level: sentence\\n    title: t\\n    severity: info\\n    params: {phrases: [x]}\\n` | 3 | level 'sentence' is not one of: connection, note
            impossible threshold | `rules:\\n  - id: pitch\\n    params:\\n      classifier-threshold: 1.5\\n`                  | 4 | parameter 'classifier-threshold' is a probability and must be a number from 0 to 1, not 1.5
            unknown choice      | `rules:\\n  - id: meeting-ask\\n    params:\\n      among-people-who-know-each-other: sometimes\\n` | 4 | parameter 'among-people-who-know-each-other' must be one of allowed or checked, not sometimes
            misspelt parameter  | `rules:\\n  - id: common-ground\\n    params:\\n      min-strenght: 0.2\\n`                 | 4 | this rule has no parameter 'min-strenght' (did you mean 'min-strength'?)
            a word for a number | `rules:\\n  - id: common-ground\\n    params:\\n      min-strength: lots\\n`                | 4 | parameter 'min-strength' is a number, not lots
            bad limit           | `note-limit: 0\\nrules: []\\n`                                                                     | 1 | note-limit must be a whole number from 50 to 300
            limit of one        | `note-limit: 1\\nrules: []\\n`                                                                     | 1 | note-limit must be a whole number from 50 to 300
            duplicate user id   | `rules:\\n  - id: pitch\\n    severity: info\\n  - id: pitch\\n    enabled: false\\n`                 | 4 | the id appears twice
            not a rules file    | `- pitch\\n- link\\n`                                                                               | 1 | expected a mapping with `rules:`
            """)
    void aBadFileIsRefusedWithLineColumnAndWhatIsExpected(String kind, String escaped, int line, String expected) {
        String yaml = escaped.replace("\\n", "\n");
        assertThatThrownBy(() -> builtIn.overlay(yaml, "class-rules.yaml"))
                .isInstanceOf(RapportException.class)
                .hasMessageStartingWith("class-rules.yaml, line " + line + ", column ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("dev.rapport")
                        .doesNotContain("RuleSpec"));
    }

    /** YAML syntax in plain words, each at the line to mend, never the parser's states ("block end"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            indented less than the key above   | ~rules:\\n  - id: flattery\\n   severity: error\\n~           | 3 | 4  | the indentation does not match the lines above
            indented out of the list           | ~rules:\\n  - id: a\\n    severity: error\\n   - id: b\\n~  | 4 | 4  | the indentation does not match the lines above
            indented further than the key above | ~rules:\\n  - id: flattery\\n      severity: error\\n~        | 3 | 15 | a ':' that cannot be here: indent the line like the ones above it
            a colon inside a value             | ~rules:\\n  - id: pitch\\n    title: Note: be brief\\n~        | 3 | 16 | put a value that holds ': ' in quotes
            a tab                              | ~rules:\\n\\t- id: pitch\\n~                                       | 2 | 1  | a tab indents this line; indent with spaces
            a value that begins with @         | ~rules:\\n  - id: pitch\\n    title: @home\\n~                 | 3 | 12 | a value cannot begin with @; put the value in quotes
            text after a quoted value          | ~rules:\\n  - id: a\\n    title: "x" y\\n~                     | 3 | 16 | text after the closing quote
            an unknown escape                  | ~rules:\\n  - id: a\\n    title: "a \\\\q"\\n~                   | 3 | 16 | a backslash in double quotes must start an escape
            an unclosed list                   | ~rules:\\n  - id: pitch\\n    params:\\n      phrases: [a, b\\n~ | 4 | 16 | the list or mapping that opens here with [ or { is not closed
            """)
    void aYamlSyntaxErrorIsSaidInPlainWordsAtItsLine(String kind, String escaped, int line, int column, String expected) {
        String yaml = escaped.replace("\\\\", "\\").replace("\\n", "\n").replace("\\t", "\t");
        assertThatThrownBy(() -> builtIn.overlay(yaml, "rules.yaml"))
                .isInstanceOf(RapportException.class)
                .hasMessageStartingWith("rules.yaml, line " + line + ", column " + column + ": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("block")
                        .doesNotContain("scalar").doesNotContain("while ").doesNotContain("token"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `rules:\\n  - id: pitch\\n    severity: loud\\n`       | 3 | 15
            `rules:\\n  - id: pitch\\n    sevrity: error\\n`       | 3 | 5
            """)
    void theColumnPointsAtTheOffendingValueOrKey(String escaped, int line, int column) {
        assertThatThrownBy(() -> builtIn.overlay(escaped.replace("\\n", "\n"), "f.yaml"))
                .hasMessageStartingWith("f.yaml, line " + line + ", column " + column + ":");
    }

    @org.junit.jupiter.api.Test
    void aFileThatFailsHalfWayChangesNothing() {
        String yaml = "rules:\n  - id: flattery\n    enabled: false\n  - id: pitch\n    severity: loud\n";
        assertThatThrownBy(() -> builtIn.overlay(yaml, "f.yaml")).isInstanceOf(RapportException.class);
        assertThat(builtIn.enabled("flattery")).isTrue();
        assertThat(RuleSet.builtIn().enabled("flattery")).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theClosestIdIsSuggestedBySpelling() {
        assertThat(builtIn.closestId("meeting-asks")).contains("meeting-ask");
        assertThat(builtIn.closestId("placeholdr")).contains("placeholder");
    }
}
