package org.equityaccelerator.command.cohort;

import java.util.List;

/** What a cohort asks of an Equity Change Team (SNI: 3-5 people; PHASoCal: three required roles). */
public record TeamRules(int minSize, int maxSize, List<String> requiredRoles) {
}
