package dev.rapport.etiquette;

import dev.rapport.language.Copyedit;
import dev.rapport.language.Language;
import dev.rapport.language.LanguageGuess;
import dev.rapport.language.Scripts;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A note in another language: every rule here reads English, so a Spanish stock line ("me gustaría
 * agregarte a mi red profesional") would pass them all unread. A note whose words are almost none of
 * English's commonest is put to the language detector, which names the language; if it says English
 * after all (a list of names and places), nothing is reported. A note mostly in another script than
 * Latin is never English, whatever its length (Chinese and Thai have no spaces to count words by): the
 * detector names its language, or the script is named when none of LinkedIn's languages is written in it.
 */
final class NotEnglishCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        Optional<UnicodeScript> script = Scripts.mostlyNonLatin(note.note);
        if (script.isPresent()) {
            Optional<String> language = LanguageGuess.inScript(note.note, script.get());
            return List.of(language.isPresent() ? unread(rule, note, "message", "language", language.get())
                    : unread(rule, note, "message-script", "script", Scripts.name(script.get())));
        }
        Set<String> english = NoteReading.lower(rule.phrases("english-words"));
        List<Token> words = Language.english().tokens(note.note).stream().filter(Token::isWord).toList();
        if (words.size() < (int) rule.number("min-words", 5)) {
            return List.of();
        }
        long common = words.stream().filter(t -> english.contains(t.lower())).count();
        if (common > words.size() * rule.number("max-english-share", 0.1)) {
            return otherLanguagePart(rule, note);
        }
        Optional<String> language = LanguageGuess.notEnglish(note.note);
        return language.map(l -> List.of(unread(rule, note, "message", "language", l))).orElse(List.of());
    }

    /**
     * An English note with a clause in another language pasted in ("…, eu queria muito saber como é o trabalho"): a
     * sentence with several of another language's function words (the copyedit's list, which leaves such a clause out
     * of a mixed reason) is read by none of the rules either, so it is named. A term or a courtesy in the sender's own
     * language ("the vacancy Hidrogeólogo de cierre", "Asante sana for your advice") has one or none and passes.
     */
    private static List<Finding> otherLanguagePart(Rule rule, NoteReading note) {
        int least = (int) rule.number("min-foreign-words", 3);
        for (Sentence s : Language.english().sentences(note.note)) {
            if (Copyedit.english().foreignWords(s.text()) >= least) {
                return List.of(note.finding(rule, rule.severity(), new Span(s.start(), s.end()), "message-part", "fix-part", Map.of()));
            }
        }
        return List.of();
    }

    private static Finding unread(Rule rule, NoteReading note, String messageKey, String var, String value) {
        return note.finding(rule, rule.severity(), note.whole(), messageKey, "fix", Map.of(var, value));
    }
}
