package org.equityaccelerator.command.participant;

/** When in the program an assessment is taken; every administration but BASELINE is a follow-up. */
public enum Administration { BASELINE, MIDPOINT, ENDLINE, ANNUAL }
