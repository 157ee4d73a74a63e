package org.equityaccelerator.access.web;

import org.equityaccelerator.access.Role;
import org.springframework.http.HttpMethod;

import java.util.EnumSet;
import java.util.Set;

/**
 * One row of a service's rule table: requests matching {@code method pattern} (and, if given, having the query
 * parameter {@code whenParameter}) are permitted to holders of one of {@code roles} over the {@code target}.
 */
public record AccessRule(HttpMethod method, String pattern, String whenParameter, Target target, Reach reach,
                         Set<Role> roles) {

    public static AccessRule post(String pattern, Target target, Role... roles) {
        return new AccessRule(HttpMethod.POST, pattern, null, target, Reach.COVERING, of(roles));
    }

    public static AccessRule get(String pattern, Target target, Role... roles) {
        return new AccessRule(HttpMethod.GET, pattern, null, target, Reach.COVERING, of(roles));
    }

    /** The same rule, for members too (grants inside the target). */
    public AccessRule orWithin() {
        return new AccessRule(method, pattern, whenParameter, target, Reach.COVERING_OR_WITHIN, roles);
    }

    /** The same rule, only for requests that carry the query parameter (put it before the general one). */
    public AccessRule whenParameter(String name) {
        return new AccessRule(method, pattern, name, target, reach, roles);
    }

    private static Set<Role> of(Role... roles) {
        return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    }
}
