package dev.simplexscript.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"simplex-script " + (version == null ? "dev" : version)
                + " (Java " + Runtime.version() + ")"};
    }
}
