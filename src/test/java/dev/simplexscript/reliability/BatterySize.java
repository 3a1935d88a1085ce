package dev.simplexscript.reliability;

/**
 * The size a battery runs at: {@code -Dbattery.size=ci} (the default, small enough for every
 * build) or {@code full} (the sizes issue 8 asks for, run on demand).
 */
final class BatterySize {
    static final boolean FULL = "full".equals(System.getProperty("battery.size", "ci"));

    private BatterySize() {}

    static int pick(int ci, int full) {
        return FULL ? full : ci;
    }

    static String name() {
        return FULL ? "full" : "ci";
    }
}
