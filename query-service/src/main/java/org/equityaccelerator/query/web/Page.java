package org.equityaccelerator.query.web;

import java.util.List;

public record Page<T>(List<T> items, int page, int size, long total) {
    public static void check(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("size must be between 1 and 500");
        }
    }
}
