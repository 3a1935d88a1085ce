package dev.simplexscript.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import groovy.lang.GroovyShell;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreValueTest {
    @Test
    void dataIsWrittenAsJsonThatReadsBackEqual() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("int", 1);
        value.put("long", 1L << 53);
        value.put("double", -0.5);
        value.put("float", 2.5f);
        value.put("big", new BigInteger("123456789012345678901234567890"));
        value.put("decimal", new BigDecimal("1.25"));
        value.put("text", "quote \" backslash \\ newline \n control \u0007 emoji 😀 lone \uDC00");
        value.put("char", 'c');
        value.put("list", List.of(true, false, List.of()));
        value.put("none", null);
        value.put("nested", Map.of("a", Map.of("b", List.of(1))));
        String json = StoreValue.toJson(value);
        Object back = Json.MAPPER.readValue(json, Object.class);
        Map<String, Object> expected = new LinkedHashMap<>(value);
        expected.put("float", 2.5);
        expected.put("decimal", 1.25);
        expected.put("char", "c");
        assertEquals(expected, back);
    }

    @Test
    void aClosureIsRefusedWithItsPath() {
        Object closure = new GroovyShell().evaluate("{ -> 'owner and binding would go along' }");
        Map<String, Object> value = Map.of("menu", List.of(Map.of("label", "ok"), Map.of("on click", closure)));
        assertRefused(value, "value.menu[1][\"on click\"] is a Closure");
    }

    @Test
    void hostObjectsLambdasDatesAndArraysAreRefused() {
        assertRefused(Map.of("file", Path.of("/etc/passwd")), "value.file is a UnixPath");
        assertRefused(List.of((Runnable) () -> {}), "value[0] is a Runnable");
        assertRefused(Map.of("when", new Date(0)), "value.when is a Date");
        assertRefused(new Object[] {1}, "value is an Object[]");
        assertRefused(new StringBuilder("x"), "value is a StringBuilder");
    }

    @Test
    void nonStringKeysAndNonFiniteNumbersAreRefused() {
        assertRefused(Map.of("ok", Map.of(1, "x")), "value.ok has a key that is an Integer");
        assertRefused(List.of(Double.NaN), "value[0] is NaN");
        assertRefused(Map.of("x", Float.POSITIVE_INFINITY), "value.x is Infinity");
    }

    @Test
    void aValueThatContainsItselfStopsAtTheDepthBound() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreValue.toJson(loop));
        assertTrue(e.getMessage().contains("deeper than " + StoreValue.MAX_DEPTH), e.getMessage());
        Object deep = "leaf";
        for (int i = 0; i < StoreValue.MAX_DEPTH; i++) deep = List.of(deep);
        assertEquals(StoreValue.MAX_DEPTH, StoreValue.toJson(deep).chars().filter(c -> c == '[').count());
    }

    @Test
    void aHugeValueIsRefusedBeforeItIsBuiltWhole() {
        List<String> many = java.util.Collections.nCopies(10_000_000, "0123456789");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreValue.toJson(many));
        assertTrue(e.getMessage().contains("over " + StoreValue.MAX_BYTES), e.getMessage());
    }

    private static void assertRefused(Object value, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreValue.toJson(value));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().contains(StoreValue.ACCEPTED) || e.getMessage().contains("JSON cannot hold"), e.getMessage());
    }
}
