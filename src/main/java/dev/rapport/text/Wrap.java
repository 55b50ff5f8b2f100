package dev.rapport.text;

/**
 * Word-wraps plain text for a terminal of a given width, with a hanging indent, so that a note
 * is never broken mid-word by the terminal itself. Width 0 or less means "do not wrap".
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

    private static void wrapParagraph(String paragraph, int width, String indent, String restIndent, StringBuilder out) {
        int column = Sanitizer.length(indent);
        out.append(indent);
        boolean lineHasWord = false;
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = Sanitizer.length(word);
            if (lineHasWord && column + 1 + w > width) {
                out.append('\n').append(restIndent);
                column = Sanitizer.length(restIndent);
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
