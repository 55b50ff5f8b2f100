package dev.rapport.text;

/**
 * The one word wrapper: plain text for a terminal of a given width, broken only at spaces, with a
 * hanging indent, so that nothing is ever broken mid-word by the terminal itself. Widths are
 * terminal columns: East Asian wide and fullwidth characters (CJK, most emoji) take two, combining
 * marks and zero-width characters none. Width 0 or less means "do not wrap".
 */
public final class Wrap {
    private Wrap() {
    }

    public static String wrap(String text, int width, String firstIndent, String restIndent) {
        if (width <= 0) {
            return firstIndent + text.replace("\n", "\n" + restIndent);
        }
        StringBuilder out = new StringBuilder();
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            String indent = p == 0 ? firstIndent : restIndent;
            if (p > 0) {
                out.append('\n');
            }
            wrapParagraph(paragraphs[p], width, indent, restIndent, out);
        }
        return out.toString();
    }

    /** The same text wrapped with one indent on every line. */
    public static String wrap(String text, int width, String indent) {
        return wrap(text, width, indent, indent);
    }

    /** Each line of the text wrapped on its own, its leading spaces kept as the indent of what wraps. */
    public static String keepingIndent(String text, int width) {
        if (width <= 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            int lead = 0;
            while (lead < line.length() && line.charAt(lead) == ' ') {
                lead++;
            }
            String indent = line.substring(0, lead);
            out.append(columns(line) <= width ? line : wrap(line.substring(lead), width, indent));
        }
        return out.toString();
    }

    /** The text followed by spaces up to {@code width} terminal columns (nothing added if it is wider). */
    public static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - columns(text)));
    }

    /** How many terminal columns the text takes on one line. */
    public static int columns(String text) {
        int cols = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0x1B && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                i += 2; // a colour or style sequence takes no room on the screen
                while (i < text.length() && (text.charAt(i) < 0x40 || text.charAt(i) > 0x7E)) {
                    i++;
                }
                i++;
                continue;
            }
            cols += columns(cp);
            i += Character.charCount(cp);
        }
        return cols;
    }

    /** 0 for combining and zero-width characters, 2 for East Asian wide and fullwidth ones, else 1. */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /** East Asian Width W or F (Unicode 15), by block; emoji presentation counts as wide, as terminals draw it. */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F          // Hangul Jamo initials
                || cp >= 0x231A && cp <= 0x231B || cp >= 0x23E9 && cp <= 0x23EC || cp == 0x23F0 || cp == 0x23F3
                || cp >= 0x25FD && cp <= 0x25FE || cp >= 0x2614 && cp <= 0x2615 || cp >= 0x2648 && cp <= 0x2653
                || cp == 0x267F || cp == 0x2693 || cp == 0x26A1 || cp >= 0x26AA && cp <= 0x26AB
                || cp >= 0x26BD && cp <= 0x26BE || cp >= 0x26C4 && cp <= 0x26C5 || cp == 0x26CE || cp == 0x26D4
                || cp == 0x26EA || cp >= 0x26F2 && cp <= 0x26F3 || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD
                || cp == 0x2705 || cp >= 0x270A && cp <= 0x270B || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || cp >= 0x2753 && cp <= 0x2755 || cp == 0x2757 || cp >= 0x2795 && cp <= 0x2797 || cp == 0x27B0
                || cp == 0x27BF || cp >= 0x2B1B && cp <= 0x2B1C || cp == 0x2B50 || cp == 0x2B55
                || cp >= 0x2E80 && cp <= 0x303E              // CJK radicals, punctuation
                || cp >= 0x3041 && cp <= 0x33FF              // kana, CJK compatibility
                || cp >= 0x3400 && cp <= 0x4DBF              // CJK extension A
                || cp >= 0x4E00 && cp <= 0x9FFF              // CJK unified ideographs
                || cp >= 0xA000 && cp <= 0xA4CF              // Yi
                || cp >= 0xA960 && cp <= 0xA97F              // Hangul Jamo extended A
                || cp >= 0xAC00 && cp <= 0xD7A3              // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF              // CJK compatibility ideographs
                || cp >= 0xFE10 && cp <= 0xFE19 || cp >= 0xFE30 && cp <= 0xFE6F // vertical and small forms
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 // fullwidth forms
                || cp >= 0x16FE0 && cp <= 0x18CFF || cp >= 0x1B000 && cp <= 0x1B2FF // Tangut, kana supplements
                || cp == 0x1F004 || cp == 0x1F0CF || cp == 0x1F18E || cp >= 0x1F191 && cp <= 0x1F19A
                || cp >= 0x1F200 && cp <= 0x1F251
                || cp >= 0x1F300 && cp <= 0x1F64F              // pictographs, emoticons
                || cp >= 0x1F680 && cp <= 0x1F6FF              // transport and map
                || cp >= 0x1F7E0 && cp <= 0x1F7EB
                || cp >= 0x1F90C && cp <= 0x1F9FF || cp >= 0x1FA70 && cp <= 0x1FAFF // supplemental symbols
                || cp >= 0x20000 && cp <= 0x3FFFD;             // CJK extensions B and later
    }

    private static void wrapParagraph(String paragraph, int width, String indent, String restIndent, StringBuilder out) {
        int column = columns(indent);
        out.append(indent);
        boolean lineHasWord = false;
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = columns(word);
            if (lineHasWord && column + 1 + w > width) {
                out.append('\n').append(restIndent);
                column = columns(restIndent);
                lineHasWord = false;
            }
            if (lineHasWord) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += w;
            lineHasWord = true;
        }
    }
}
