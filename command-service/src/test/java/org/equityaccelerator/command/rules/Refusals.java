package org.equityaccelerator.command.rules;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.function.Function;

/**
 * Matchers for a refused command that say which input or rule refused it, not only the exception class: use with
 * {@code fixture...expectException(violates("period"))}. A test that accepts any violation passes for the wrong reason
 * as soon as an earlier rule starts refusing the same command.
 */
public final class Refusals {
    private Refusals() {
    }

    /** A business rule (409) naming {@code field}. */
    public static Matcher<RuleViolation> violates(String field) {
        return refusal(RuleViolation.class, RuleViolation::field, field);
    }

    /** A value that can never be right (400) naming {@code field}. */
    public static Matcher<InvalidInput> invalid(String field) {
        return refusal(InvalidInput.class, InvalidInput::field, field);
    }

    /** An unknown target (404) naming {@code field}. */
    public static Matcher<UnknownTarget> unknown(String field) {
        return refusal(UnknownTarget.class, UnknownTarget::field, field);
    }

    /** The withdrawal rule: the participant withdrew, nothing new is recorded for it. */
    public static Matcher<RuleViolation> withdrawn() {
        return new TypeSafeMatcher<>(RuleViolation.class) {
            @Override
            protected boolean matchesSafely(RuleViolation v) {
                return v.getMessage().contains("the participant withdrew on");
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the withdrawal rule (the participant withdrew on ...)");
            }

            @Override
            protected void describeMismatchSafely(RuleViolation v, Description mismatch) {
                mismatch.appendText(v.field() + ": " + v.getMessage());
            }
        };
    }

    private static <T extends RuntimeException> Matcher<T> refusal(Class<T> type, Function<T, String> fieldOf,
                                                                 String field) {
        return new TypeSafeMatcher<>(type) {
            @Override
            protected boolean matchesSafely(T refusal) {
                return field.equals(fieldOf.apply(refusal));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " naming '" + field + "'");
            }

            @Override
            protected void describeMismatchSafely(T refusal, Description mismatch) {
                mismatch.appendText("named '" + fieldOf.apply(refusal) + "': " + refusal.getMessage());
            }
        };
    }
}
