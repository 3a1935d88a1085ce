package dev.simplexscript.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one rule for what a file in a scripts folder is. The host, {@code check}, {@code test},
 * {@code new} and {@code asset()} all ask here, so a folder run loads its bots and nothing else,
 * {@code test} finds exactly the tests, and {@code asset()} never hands out a script's source.
 *
 * <ul>
 *   <li>{@link Kind#TEST}: {@code *.test.js}, {@code *Test.groovy};</li>
 *   <li>{@link Kind#BOT}: any other {@code *.js}, {@code *.groovy};</li>
 *   <li>{@link Kind#IGNORED}: hidden files, editor backups, swap and lock files
 *       ({@code foo.js~}, {@code .foo.js.swp}, {@code #foo.js#}, {@code .#foo.js},
 *       {@code foo.js.orig}, ...): never loaded, read or watched;</li>
 *   <li>{@link Kind#DATA}: everything else, readable with {@code asset()}.</li>
 * </ul>
 */
public final class ScriptFiles {
    /** What a file is. */
    public enum Kind { BOT, TEST, DATA, IGNORED }

    /** The languages bots and tests are written in, by file extension. */
    public enum Language {
        JAVASCRIPT(".js", ".test.js"),
        GROOVY(".groovy", "Test.groovy");

        private final String extension;
        private final String testSuffix;

        Language(String extension, String testSuffix) {
            this.extension = extension;
            this.testSuffix = testSuffix;
        }

        public String extension() {
            return extension;
        }
    }

    /** What editors, merges and downloads leave beside the files they work on. */
    private static final List<String> LEFTOVER_SUFFIXES = List.of(
            "~", ".swp", ".swo", ".swx", ".swn", ".tmp", ".temp", ".bak", ".orig", ".rej", ".part",
            ".crdownload", ".kate-swp", "___jb_tmp___", "___jb_old___");

    private ScriptFiles() {}

    public static Kind kind(Path file) {
        Path name = file.getFileName();
        return name == null ? Kind.IGNORED : kind(name.toString());
    }

    public static Kind kind(String name) {
        if (name.isEmpty() || name.startsWith(".") || (name.startsWith("#") && name.endsWith("#"))) return Kind.IGNORED;
        String lower = name.toLowerCase(Locale.ROOT);
        if (LEFTOVER_SUFFIXES.stream().anyMatch(lower::endsWith)) return Kind.IGNORED;
        for (Language language : Language.values()) {
            if (name.endsWith(language.testSuffix) && name.length() > language.testSuffix.length()) return Kind.TEST;
        }
        for (Language language : Language.values()) {
            if (name.endsWith(language.extension) && name.length() > language.extension.length()) return Kind.BOT;
        }
        return Kind.DATA;
    }

    /** The language of a bot or test file; empty for data and ignored files. */
    public static Optional<Language> language(Path file) {
        Kind kind = kind(file);
        if (kind != Kind.BOT && kind != Kind.TEST) return Optional.empty();
        String name = file.getFileName().toString();
        return Stream.of(Language.values()).filter(l -> name.endsWith(l.extension)).findFirst();
    }

    public static boolean isBot(Path file) {
        return kind(file) == Kind.BOT;
    }

    public static boolean isTest(Path file) {
        return kind(file) == Kind.TEST;
    }

    /** The regular files of {@code kind} directly in {@code folder} (not recursing), sorted by name. */
    public static List<Path> list(Path folder, Kind kind) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> kind(p) == kind && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /**
     * The bot file names a test file tests by convention: {@code echo.test.js} tests
     * {@code echo.js}; {@code EchoTest.groovy} tests {@code echo.groovy}, {@code Echo.groovy} or
     * {@code echo-bot.groovy} (from {@code EchoBotTest.groovy}), first found wins.
     */
    public static List<String> botsTestedBy(String testName) {
        if (kind(testName) != Kind.TEST) throw new IllegalArgumentException(testName + " is not a test file name");
        Language language = testName.endsWith(Language.JAVASCRIPT.testSuffix) ? Language.JAVASCRIPT : Language.GROOVY;
        String base = testName.substring(0, testName.length() - language.testSuffix.length());
        if (language == Language.JAVASCRIPT) return List.of(base + language.extension);
        String lowerFirst = Character.toLowerCase(base.charAt(0)) + base.substring(1);
        String kebab = base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return Stream.of(lowerFirst, base, base.toLowerCase(Locale.ROOT), kebab).distinct().map(n -> n + language.extension).toList();
    }

    /** How the rule reads, for error messages. */
    public static String describe() {
        return "bots are *.js and *.groovy files; tests are *.test.js and *Test.groovy files";
    }
}
