/**
 * Read access: grants as query-service learns them from the internal access topic, placements from the events it
 * applied, and the rule table every read is decided by (consent for everyone who is not program staff).
 */
package org.equityaccelerator.query.access;
