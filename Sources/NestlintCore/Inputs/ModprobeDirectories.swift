/// The directories kmod reads configuration from, highest precedence first (modprobe.d(5)).
public enum ModprobeDirectories {
    public static let all = [
        "etc/modprobe.d", "run/modprobe.d", "usr/local/lib/modprobe.d", "usr/lib/modprobe.d", "lib/modprobe.d",
    ]

    /// The legacy single file, read like a `.conf` file that sorts first (INPUTS.md).
    public static let legacyFile = "etc/modprobe.conf"

    /// Why kmod skips a directory entry, or `nil` when it reads it (libkmod-config.c,
    /// conf_files_filter_out: dot-files skipped, only `*.conf`, no sub-directories).
    public static func ignoreReason(name: String, isDirectory: Bool) -> String? {
        if name.hasPrefix(".") { return "it is a dot-file" }
        if isDirectory { return "it is a sub-directory" }
        if !name.hasSuffix(".conf") { return "its name does not end in .conf" }
        return nil
    }
}
