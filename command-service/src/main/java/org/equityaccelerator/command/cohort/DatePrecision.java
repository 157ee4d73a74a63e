package org.equityaccelerator.command.cohort;

/** PHASoCal publishes sessions by month ("2023-03"), CLC/HASC by day. */
public enum DatePrecision { DAY, MONTH }
