/**
 * Resource-server building blocks shared by both services: the rule table type ({@link
 * org.equityaccelerator.access.web.AccessRule}), the grant-based decision, problem+json 401/403, bounded bodies and
 * correlation ids, and the filter chain assembled from them (default-deny).
 */
package org.equityaccelerator.access.web;
