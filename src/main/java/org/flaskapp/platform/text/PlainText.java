package org.flaskapp.platform.text;

/** Text that people typed without markup (questions, answers), as the pages show it. */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The start of {@code text} on one line, at most {@code maxLength} characters: cut at a word
     * with an ellipsis when it is longer.
     */
    public static String opening(String text, int maxLength) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= maxLength) {
            return line;
        }
        int cut = line.lastIndexOf(' ', maxLength - 1);
        return line.substring(0, cut > 0 ? cut : maxLength - 1).stripTrailing() + "\u2026";
    }

    /**
     * {@code text} as HTML: one paragraph, every character escaped, line breaks kept (the pages
     * show these texts with their line breaks).
     */
    public static String toHtml(String text) {
        String lines = text.replace("\r", ""); // a line break is \r\n or \n
        StringBuilder html = new StringBuilder(lines.length() + 16).append("<p>");
        escape(lines, 0, lines.length(), html);
        return html.append("</p>").toString().replace("\n", "<br>");
    }

    /** Appends {@code text} from {@code from} to {@code to} to {@code html}, every markup character escaped. */
    public static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
