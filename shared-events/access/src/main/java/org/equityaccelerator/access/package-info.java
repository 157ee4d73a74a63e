/**
 * Who may do what: {@link org.equityaccelerator.access.Role roles} held by a subject for a
 * {@link org.equityaccelerator.access.Scope scope} (program, cohort or participant), recorded as grant events and
 * folded, without a clock, into {@link org.equityaccelerator.access.ProgramGrants} so that access can be answered as
 * of any instant.
 */
package org.equityaccelerator.access;
