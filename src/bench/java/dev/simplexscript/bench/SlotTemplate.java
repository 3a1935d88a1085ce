package dev.simplexscript.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A compact JSON frame cut at marker tokens, so the load core renders one frame per message by
 * concatenation: re-serializing a 6 KB tree per event would make the core, not the client, the
 * thing being measured on a 2-core machine.
 */
final class SlotTemplate {
    private final String[] parts;
    private final int[] slotOfGap;
    private final int fixedLength;

    private SlotTemplate(String[] parts, int[] slotOfGap) {
        this.parts = parts;
        this.slotOfGap = slotOfGap;
        int length = 0;
        for (String part : parts) length += part.length();
        this.fixedLength = length;
    }

    /**
     * Cuts {@code text} at every occurrence of each marker; the value of slot {@code i} goes where
     * {@code markers[i]} was. A marker that does not occur is a bug in the caller's template.
     */
    static SlotTemplate cut(String text, String... markers) {
        List<String> parts = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        boolean[] seen = new boolean[markers.length];
        int from = 0;
        while (true) {
            int best = -1;
            int bestSlot = -1;
            for (int i = 0; i < markers.length; i++) {
                int at = text.indexOf(markers[i], from);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    bestSlot = i;
                }
            }
            if (best < 0) break;
            parts.add(text.substring(from, best));
            slots.add(bestSlot);
            seen[bestSlot] = true;
            from = best + markers[bestSlot].length();
        }
        parts.add(text.substring(from));
        for (int i = 0; i < markers.length; i++) {
            if (!seen[i]) throw new IllegalArgumentException("marker not in template: " + markers[i]);
        }
        return new SlotTemplate(parts.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The frame with each slot filled by the already JSON-encoded {@code values[slot]}. */
    String render(String... values) {
        StringBuilder out = new StringBuilder(fixedLength + 32 * slotOfGap.length);
        out.append(parts[0]);
        for (int gap = 0; gap < slotOfGap.length; gap++) {
            out.append(values[slotOfGap[gap]]).append(parts[gap + 1]);
        }
        return out.toString();
    }
}
