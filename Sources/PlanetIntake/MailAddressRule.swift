import PlanetCore

/// What the intake takes as a person's e-mail address (a reader's, a moderator's): one that planet may send to
/// (`MailConfig.isAddress`: printable ASCII, no spaces, quotes, angle brackets or commas), of at most 254 characters,
/// its local part at most 64, its domain of two labels or more. Stricter than RFC 5321 allows, so that no address
/// can carry a second recipient or a header line.
enum MailAddressRule {
    static func isPlausible(_ address: String) -> Bool {
        guard MailConfig.isAddress(address), address.utf8.count <= 254 else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts[0].count <= 64 else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
    }
}
