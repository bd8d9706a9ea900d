/// Where `planet intake`'s spool keeps each thing, for the service and for `planet comment review --spool`: a
/// pending comment at its site path (`comments/<author>/<slug>/<id>.md`), an approved one under `approved/`,
/// spam under `spam/`, and per-comment records in `.state/` (`<author>--<slug>--<id>.<record>`).
public enum SpoolLayout {
    /// Where approved comments wait for delivery.
    public static let approved = "approved"
    /// Where spam waits for its purge.
    public static let spam = "spam"
    /// Where readers' removal requests wait for a moderator.
    public static let removals = "removals"
    /// The record of a reply that the intake took from the site (`planet fetch` wrote it there): the site's text.
    public static let siteTextRecord = "site-text"

    /// `<root>/.state/<author>--<slug>--<id>.<record>` for the comment at `relativePath` (`comments/<author>/<slug>/<id>.md`).
    public static func recordPath(root: String, relativePath: String, record: String) -> String {
        let parts = relativePath.split(separator: "/")
        let key = parts.dropFirst().joined(separator: "--")
        return "\(root)/.state/\(key.hasSuffix(".md") ? String(key.dropLast(3)) : key).\(record)"
    }
}
