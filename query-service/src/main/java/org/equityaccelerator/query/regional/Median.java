package org.equityaccelerator.query.regional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The median of a regional figure, to two decimals; null over no values. */
final class Median {
    private Median() {
    }

    static BigDecimal of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return median.setScale(2, RoundingMode.HALF_UP);
    }
}
