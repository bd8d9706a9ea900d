import CPlanetSystem

/// Which planet this is: its version, which names its release, and the commit it was built from.
public enum PlanetVersion {
    /// The version: a release is tagged `v` and this number, and its archive is named after it.
    public static let number = "0.1.0"

    /// The commit `scripts/release` built this binary from, or nil for a build from source that did not name it.
    public static let commit: String? = {
        let commit = String(cString: planet_commit())
        return commit.isEmpty ? nil : commit
    }()

    /// What `planet --version` prints: `0.1.0 (commit 2aea4dc…)`, or `0.1.0 (built from source, commit unknown)`.
    public static var description: String {
        "\(number) (\(commit.map { "commit \($0)" } ?? "built from source, commit unknown"))"
    }
}
