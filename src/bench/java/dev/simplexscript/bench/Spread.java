package dev.simplexscript.bench;

import java.util.Arrays;
import java.util.List;

/** The median of several runs' figures and their range. */
record Spread(double median, double min, double max, int runs) {

    static Spread of(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).toArray();
        if (v.length == 0) return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
        Arrays.sort(v);
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new Spread(median, v[0], v[v.length - 1], v.length);
    }

    boolean empty() {
        return runs == 0;
    }

    /** {@code median (min–max)} with the given format, the range left out for a single run. */
    String format(String number) {
        if (empty()) return "–";
        String m = number.formatted(median);
        return runs == 1 ? m : m + " (" + number.formatted(min) + "–" + number.formatted(max) + ")";
    }
}
