package dev.rapport.cli;

import picocli.CommandLine.IVersionProvider;

/** The version comes from the jar's manifest (set by the build), so there is one place to change it. */
public final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ManifestVersion.class.getPackage().getImplementationVersion();
        return new String[] {"rapport " + (v == null ? "(development build)" : v)};
    }
}
