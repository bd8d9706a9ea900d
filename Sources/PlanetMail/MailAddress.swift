/// An address with an optional display name: `Planète <planete@example.org>`.
public struct MailAddress: Sendable, Hashable {
    /// `local@domain`, ASCII (see `MailConfig.isAddress`).
    public var address: String
    public var name: String?

    public init(_ address: String, name: String? = nil) {
        self.address = address
        self.name = name
    }
}
