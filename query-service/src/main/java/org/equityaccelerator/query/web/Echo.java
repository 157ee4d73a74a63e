package org.equityaccelerator.query.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input echoed into log lines and problem details (ids in paths, dates in parameters), cut short: every word or path
 * segment over {@value #MAX} characters keeps its first {@value #MAX} and ends in "...", and the whole text is
 * bounded too.
 */
final class Echo {
    static final int MAX = 64;
    private static final int MAX_TEXT = 500;
    private static final Pattern LONG_WORD = Pattern.compile("[^\\s/]{" + (MAX + 1) + ",}");

    private Echo() {
    }

    static String within(String text) {
        if (text == null) {
            return null;
        }
        Matcher words = LONG_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(out, Matcher.quoteReplacement(words.group().substring(0, MAX) + "..."));
        }
        words.appendTail(out);
        return out.length() <= MAX_TEXT ? out.toString() : out.substring(0, MAX_TEXT) + "...";
    }
}
