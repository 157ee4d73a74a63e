package org.equityaccelerator.command.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input echoed into log lines and problem details, cut short: an id of 100 kB must not become a 100 kB log line or
 * response. Values over {@value #MAX} characters keep their first {@value #MAX} and end in "...".
 */
public final class Echo {
    public static final int MAX = 64;
    /** A message names a handful of values; more than this is not worth a reader's time. */
    private static final int MAX_MESSAGE = 500;
    private static final Pattern LONG_WORD = Pattern.compile("[^\\s/]{" + (MAX + 1) + ",}");

    private Echo() {
    }

    /** One echoed value. */
    public static String of(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX ? text : text.substring(0, MAX) + "...";
    }

    /**
     * A message or path that may embed echoed values ("no such session: ...", "/participants/{id}/goals"): each long
     * word or path segment is cut, then the whole.
     */
    public static String within(String message) {
        if (message == null) {
            return null;
        }
        Matcher words = LONG_WORD.matcher(message);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(out, Matcher.quoteReplacement(of(words.group())));
        }
        words.appendTail(out);
        return out.length() <= MAX_MESSAGE ? out.toString() : out.substring(0, MAX_MESSAGE) + "...";
    }
}
