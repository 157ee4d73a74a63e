package org.equityaccelerator.access;

/** The grants of a program as they stand now (command-service reads its event store, query-service its topic). */
public interface Grants {
    ProgramGrants of(String programId);
}
