package dev.simplexscript.cli;

import picocli.CommandLine;

/**
 * {@code --version}: our version (the POM's, from the jar's manifest; "dev" when run from classes,
 * as in tests) and the Java runtime that runs us, since a release brings its own.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "simplex-script " + (version == null ? "dev" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("java.home")};
    }
}
