/**
 * Grants as events: program admins grant and revoke roles ({@link org.equityaccelerator.command.access.ProgramAccess},
 * one stream per program), the first admins come from configuration, the access history answers who could do what
 * when; and the rule table every request of this service is decided by.
 */
package org.equityaccelerator.command.access;
