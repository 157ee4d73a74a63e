package org.equityaccelerator.command.instrument;

/**
 * How an instrument version turns item levels into domain scores. Every rule ignores "not applicable" answers and
 * leaves out a domain whose items are all not applicable.
 */
public enum ScoringRule {
    /** Weighted mean of the item values of the domain; overall = mean of the domain scores. */
    MEAN_OF_ITEMS,
    /** Weighted share (0-100) of the domain's items at or above a given level; overall over all items. */
    PERCENT_AT_OR_ABOVE_LEVEL,
    /**
     * A domain has reached a level only when every one of its items has (AHA-style gating: the lowest item value);
     * overall = the lowest domain.
     */
    GATED_STAGE
}
