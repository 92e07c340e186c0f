package vn.socongvu.cli;

import picocli.CommandLine.IVersionProvider;

import vn.socongvu.i18n.Messages;

public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {Messages.get("cli.version", v == null ? "0.1.0" : v, Runtime.version().toString())};
    }
}
