package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdminCodeTest {
    @Test
    void generatedCodesAreFifteenBase32CharactersInGroupsOfFive() {
        AdminCode code = AdminCode.generate();
        assertTrue(code.text().matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), code.text());
        assertNotEquals(code.text(), AdminCode.generate().text());
    }

    @Test
    void matchingIgnoresCaseDashesAndSpacesOnly() {
        AdminCode code = AdminCode.of("ABCDE-FGHJK-MNPQR");
        assertTrue(code.matches("abcdefghjkmnpqr"));
        assertTrue(code.matches("ABCDE FGHJK MNPQR"));
        assertFalse(code.matches("ABCDE-FGHJK-MNPQS"));
        assertFalse(code.matches("ABCDE-FGHJK-MNPQ"));
        assertFalse(code.matches(""));
    }

    @Test
    void aShortGivenCodeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdminCode.of("secret-1"));
        assertTrue(e.getMessage().contains("at least 10"), e.getMessage());
    }

    @Test
    void theFingerprintIsTheSameForEveryWayOfWritingTheCode() {
        assertEquals(AdminCode.of("abcde-fghjk").fingerprint(), AdminCode.of("ABCDEFGHJK").fingerprint());
        assertFalse(AdminCode.of("abcde-fghjk").fingerprint().contains("ABCDE"));
    }
}
