/// A Mastodon account, `@name@instance` (`fediverse:` in author.yaml).
public struct FediverseAccount: Sendable, Hashable {
    public var name: String
    /// The instance's host, lowercased.
    public var host: String

    public init(name: String, host: String) {
        self.name = name
        self.host = host
    }

    /// `@claire@piaille.fr` or `claire@piaille.fr`; nil for anything else.
    public static func parse(_ text: String) -> FediverseAccount? {
        var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        if trimmed.hasPrefix("@") { trimmed = trimmed.dropFirst() }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...64).contains(parts[0].count),
              parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-") }),
              isHost(parts[1]) else { return nil }
        return FediverseAccount(name: String(parts[0]), host: parts[1].lowercased())
    }

    /// A host name, with an optional port (for instances on a test machine).
    private static func isHost(_ text: Substring) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 253 else { return false }
        if parts.count == 2, UInt16(parts[1]) == nil { return false }
        return parts[0].split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            (1...63).contains(label.count) && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    /// `@claire@piaille.fr`.
    public var handle: String { "@\(name)@\(host)" }
}
