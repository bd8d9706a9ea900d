import Foundation

/// Which URLs written in settings and front matter are accepted.
public enum URLRules {
    /// An absolute http or https URL with a host.
    public static func isWebURL(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true || "\"<>\\^`{|}".contains($0) }),
              let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(components.host ?? "").isEmpty
    }

    /// A web URL or a `mailto:` address.
    public static func isLinkURL(_ text: String) -> Bool {
        isWebURL(text) || (text.lowercased().hasPrefix("mailto:") && !text.contains(where: { $0.isWhitespace }))
    }
}
