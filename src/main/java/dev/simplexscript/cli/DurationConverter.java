package dev.simplexscript.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 500ms}, {@code 3s}, {@code 2m}: the durations people type. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        Matcher m = FORM.matcher(value.strip());
        if (!m.matches()) throw new TypeConversionException("expected a duration like 500ms, 3s, 2m or 1h, got '" + value + "'");
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
        if (d.isZero()) throw new TypeConversionException("a duration must be positive");
        return d;
    }

    /** The same forms, and {@code 0} for options where zero turns a wait off. */
    static final class OrZero implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return value.strip().matches("0(ms|s|m|h)?") ? Duration.ZERO : new DurationConverter().convert(value);
        }
    }
}
