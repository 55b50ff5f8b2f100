package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.RapportException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleSetTest {
    static final List<String> CONNECTION_IDS = List.of(
            "relationship", "common-ground", "no-context", "pitch-intent", "irrelevant-offer", "target-policy");
    static final List<String> NOTE_IDS = List.of(
            "no-reason", "generic", "pitch", "meeting-ask", "lead-gen", "link", "false-familiarity", "flattery",
            "me-centric", "personal-channel", "big-ask", "placeholder", "wrong-name", "over-length");

    private final RuleSet rules = RuleSet.builtIn();
    private final NoteRules noteRules = new NoteRules(rules);

    static Stream<String> noteIds() {
        return NOTE_IDS.stream();
    }

    static Stream<String> allIds() {
        return Stream.concat(CONNECTION_IDS.stream(), NOTE_IDS.stream());
    }

    @ParameterizedTest
    @MethodSource("allIds")
    void everyPromisedRuleExistsWithTeachingMaterial(String id) {
        Rule rule = rules.rule(id).orElseThrow();
        assertThat(rule.level()).isEqualTo(CONNECTION_IDS.contains(id) ? Rule.Level.CONNECTION : Rule.Level.NOTE);
        assertThat(rule.title()).isNotBlank();
        assertThat(rule.rationale()).hasSizeGreaterThan(80).doesNotContain("\n");
        assertThat(rule.good()).isNotBlank();
        assertThat(rule.bad()).isNotBlank().isNotEqualTo(rule.good());
        assertThat(rule.enabled()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("noteIds")
    void everyNoteRulesOwnBadExampleTripsIt(String id) {
        Rule rule = rules.rule(id).orElseThrow();
        assertThat(noteRules.check(rule.bad(), People.teaching()))
                .extracting(Finding::rule).contains(id);
    }

    @ParameterizedTest
    @MethodSource("noteIds")
    void everyNoteRulesGoodExamplePassesTheWholeRuleSet(String id) {
        Rule rule = rules.rule(id).orElseThrow();
        assertThat(noteRules.check(rule.good(), People.teaching()))
                .filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Test
    void severitiesAreTheAgreedOnes() {
        List<String> errors = List.of("pitch", "lead-gen", "link", "placeholder", "wrong-name", "over-length");
        for (String id : NOTE_IDS) {
            assertThat(rules.rule(id).orElseThrow().severity()).as(id)
                    .isEqualTo(errors.contains(id) ? Severity.ERROR : Severity.WARNING);
        }
    }

    @Test
    void defaultLimitComesFromTheFile() {
        assertThat(rules.defaultLimit()).isEqualTo(300);
    }

    @Test
    void aBrokenResourceFailsLoudlyWithOneLine() {
        assertThatThrownBy(() -> RuleSet.fromResource("/dev/rapport/etiquette/broken-rules.yaml"))
                .isInstanceOf(RapportException.class)
                .hasMessageContaining("broken-rules.yaml")
                .hasMessageContaining("line")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> RuleSet.fromResource("/dev/rapport/etiquette/absent.yaml"))
                .isInstanceOf(RapportException.class).hasMessageContaining("missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "rules:\n  - id: x\n    level: note\n    title: t\n    severity: loud\n    params: {phrases: [a]}",
            "rules:\n  - id: x\n    level: sometimes\n    title: t\n    severity: info\n    params: {phrases: [a]}",
            "rules:\n  - id: x\n    level: note\n    severity: info\n    params: {phrases: [a]}",
            "rules:\n  - id: Bad Id\n    level: note\n    title: t\n    severity: info\n    params: {phrases: [a]}",
            "rules:\n  - id: x\n    level: note\n    title: t\n    severity: info\n    params: {patterns: ['(unclosed']}",
            "rules:\n  - id: x\n    level: note\n    title: t\n    severity: info",
            "rules:\n  - id: x\n    level: note\n    title: t\n    severity: info\n    params: {phrases: [a]}\n"
                    + "  - id: x\n    level: note\n    title: t\n    severity: info\n    params: {phrases: [b]}",
            "rules:\n  - id: x\n    level: note\n    title: t\n    sevrity: info",
            "rules: []",
    })
    void invalidRuleFilesAreRefusedWithAPlainMessage(String yaml) {
        assertThatThrownBy(() -> RuleSet.parse(yaml, "my-rules.yaml"))
                .isInstanceOf(RapportException.class)
                .hasMessageStartingWith("my-rules.yaml")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aUserFileDisablesRulesChangesSeveritiesAndThresholdsAndExtendsLists() {
        RuleSet mine = rules.overlay("""
                note-limit: 200
                rules:
                  - id: flattery
                    enabled: false
                  - id: meeting-ask
                    severity: error
                  - id: me-centric
                    params: {min-first-person: 2}
                  - id: pitch
                    extend: {phrases: [synergy package]}
                """, "my-rules.yaml");
        assertThat(mine.enabled("flattery")).isFalse();
        assertThat(mine.rule("meeting-ask").orElseThrow().severity()).isEqualTo(Severity.ERROR);
        assertThat(mine.rule("me-centric").orElseThrow().number("min-first-person", 0)).isEqualTo(2);
        assertThat(mine.rule("pitch").orElseThrow().phrases("phrases")).contains("synergy package", "our product");
        assertThat(mine.defaultLimit()).isEqualTo(200);
        // the built-in set itself is untouched
        assertThat(rules.enabled("flattery")).isTrue();

        NoteRules checker = new NoteRules(mine);
        assertThat(checker.check("Hi Priya, you're a true visionary, and our synergy package fits you.", People.teaching()))
                .extracting(Finding::rule).contains("pitch").doesNotContain("flattery");
    }

    @Test
    void aUserFileAddsPlainPhraseAndPatternRules() {
        RuleSet mine = rules.overlay("""
                rules:
                  - id: no-crypto
                    level: note
                    title: Crypto talk
                    severity: warning
                    params:
                      phrases: [to the moon]
                      patterns: ['\\bnft\\w*']
                  - id: no-emoji-spam
                    level: note
                    title: Emoji spam
                    severity: info
                    params:
                      patterns: ['🚀{2,}']
                      message: "Rockets everywhere: {phrase}"
                      fix: "Use one emoji at most."
                """, "my-rules.yaml");
        String note = "Hi Priya, our NFTs are going to the moon 🚀🚀🚀";
        List<Finding> findings = new NoteRules(mine).check(note, People.teaching());
        assertThat(findings).filteredOn(f -> f.rule().equals("no-crypto"))
                .extracting(f -> note.substring(f.start(), f.end())).containsExactly("NFTs", "to the moon");
        Finding rockets = findings.stream().filter(f -> f.rule().equals("no-emoji-spam")).findFirst().orElseThrow();
        assertThat(rockets.message()).isEqualTo("Rockets everywhere: 🚀🚀🚀");
        assertThat(rockets.fix()).isEqualTo("Use one emoji at most.");
        assertThat(findings).filteredOn(f -> f.rule().equals("no-crypto")).first()
                .extracting(Finding::message).asString().contains("Crypto talk");
    }

    @Test
    void aUserFileCannotMoveABuiltInRuleToAnotherLevelOrExtendAScalar() {
        assertThatThrownBy(() -> rules.overlay("rules:\n  - id: pitch\n    level: connection\n", "mine.yaml"))
                .isInstanceOf(RapportException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> rules.overlay("rules:\n  - id: me-centric\n    extend: {max-share: [1]}\n", "mine.yaml"))
                .isInstanceOf(RapportException.class).hasMessageContaining("extend.max-share");
    }
}
