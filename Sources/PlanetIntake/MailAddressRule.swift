/// What the intake takes as an e-mail address (a reader's, a moderator's): `local@domain`, one `@`, a domain with
/// a dot, at most 254 characters, printable ASCII without spaces, quotes, angle brackets or commas. Stricter than
/// RFC 5321 allows, so that no address can carry a second recipient or a header line.
enum MailAddressRule {
    static func isPlausible(_ address: String) -> Bool {
        guard address.utf8.count <= 254, address.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }),
              !address.contains(where: { "\"<>(),;:\\[]".contains($0) })
        else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
    }
}
