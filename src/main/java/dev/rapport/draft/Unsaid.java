package dev.rapport.draft;

import dev.rapport.language.Language;
import dev.rapport.text.SignOff;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole sentences a refinement added to a note or took out of it that its report does not name: room a cut
 * freed is filled again from the plan ("drop the last line" brought back "I'm a textile conservator at …"), and a
 * new close can take the place of a question. A report must say what changed, so these are told too. Pure.
 */
public final class Unsaid {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");
    // "Hi Monique, thanks for …": the greeting is reported by the tone change that swaps it, not as a sentence
    private static final Pattern GREETING = Pattern.compile("^[^,.!?]{1,40},\\s+");

    /** Sentences of {@code after} not in {@code before} (added) and the other way round (removed), that the report does not quote. */
    public record Changes(List<String> added, List<String> removed) {
        public boolean none() {
            return added.isEmpty() && removed.isEmpty();
        }
    }

    private Unsaid() {
    }

    /**
     * {@code swapped} are the wordings of a close the refinement put another in place of: the report names the new
     * close ("closes with …"), which says the old one went.
     */
    public static Changes in(String before, String after, String report, Set<String> swapped) {
        List<String> was = sentences(before);
        List<String> now = sentences(after);
        List<String> added = new ArrayList<>(now.stream().filter(s -> !was.contains(s)).toList());
        List<String> removed = new ArrayList<>(was.stream().filter(s -> !now.contains(s) && !swapped.contains(s)).toList());
        // a sentence cut down or filled out is one sentence changed: what it lost or gained is named, not the whole sentence
        // (a hand session: "more formal" and a new limit took "when you moved up from Houston" out of a sentence unnamed)
        List<String> cut = new ArrayList<>();
        List<String> grown = new ArrayList<>();
        for (String a : List.copyOf(added)) {
            for (String r : List.copyOf(removed)) {
                if (words(r).containsAll(words(a)) || words(a).containsAll(words(r))) {
                    added.remove(a);
                    removed.remove(r);
                    difference(r, a).ifPresent(cut::add);
                    difference(a, r).ifPresent(grown::add);
                    break;
                }
            }
        }
        added.addAll(grown);
        removed.addAll(cut);
        String told = Text.lower(report);
        return new Changes(added.stream().filter(s -> !quoted(s, told)).toList(), removed.stream().filter(s -> !quoted(s, told)).toList());
    }

    /**
     * What the sign-off of {@code before} lost in {@code after}: the name, when {@code after} no longer ends with it
     * ("Kind regards, Hannah" cut to "Kind regards."), else the valediction before the name ("Kind regards, Hannah" cut
     * to "Hannah"). The sentences above leave the sign-off out, so this names it.
     */
    public static Optional<String> unsigned(String before, String after) {
        List<String> was = Language.english().sentenceTexts(before);
        String last = was.isEmpty() ? "" : was.get(was.size() - 1).strip();
        if (was.size() < 2 || !SignOff.isSignature(last)) {
            return Optional.empty();
        }
        String name = SignOff.name(last);
        if (!after.strip().replaceFirst("\\.$", "").endsWith(name)) {
            return Optional.of(name);
        }
        String valediction = last.substring(0, last.lastIndexOf(name)).strip().replaceFirst("[,!.]$", "").strip();
        List<String> now = Language.english().sentenceTexts(after);
        String end = now.isEmpty() ? "" : now.get(now.size() - 1).strip();
        return valediction.isEmpty() || end.startsWith(valediction) ? Optional.empty() : Optional.of(valediction);
    }

    /**
     * The words of {@code longer} that {@code shorter} lacks, when they are one run between what the two share at the
     * start and at the end ("when you moved up from Houston" of "I placed you … in 2022 when you moved up from Houston.");
     * empty when {@code longer} has nothing more or the two differ in more than one place.
     */
    static Optional<String> difference(String longer, String shorter) {
        String[] l = longer.strip().split("\\s+");
        String[] s = shorter.strip().split("\\s+");
        if (l.length <= s.length) {
            return Optional.empty();
        }
        int start = 0;
        while (start < s.length && bareWord(l[start]).equals(bareWord(s[start]))) {
            start++;
        }
        int end = 0;
        while (end < s.length - start && bareWord(l[l.length - 1 - end]).equals(bareWord(s[s.length - 1 - end]))) {
            end++;
        }
        if (start + end != s.length) {
            return Optional.empty();
        }
        String run = String.join(" ", java.util.Arrays.asList(l).subList(start, l.length - end))
                .replaceAll("^[\\p{Punct}\\s]+|[,;:\\s]+$", "");
        return WORD.matcher(run).find() ? Optional.of(run.replaceAll("[.!?]+$", "")) : Optional.empty();
    }

    private static String bareWord(String w) {
        return Text.lower(w).replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : Language.english().sentenceTexts(text)) {
            String t = out.isEmpty() ? GREETING.matcher(s.strip()).replaceFirst("") : s.strip();
            // the sign-off is reported by the request that signs or drops it
            if (!t.isEmpty() && !SignOff.isSignature(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(Text.lower(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Half the sentence's longer words are in the report. */
    private static boolean quoted(String sentence, String report) {
        Set<String> w = words(sentence);
        long in = w.stream().filter(report::contains).count();
        return w.isEmpty() || in * 2 >= w.size();
    }
}
