package org.equityaccelerator.command.instrument;

/** When in the program an assessment is taken; every administration but BASELINE is a follow-up (ANNUAL may recur). */
public enum Administration { BASELINE, MIDPOINT, ENDLINE, ANNUAL }
