import Foundation

/// The origin of an http(s) URL, as a Content-Security-Policy names it.
public enum WebOrigin {
    /// `scheme://host[:port]`, scheme and host lowercased; nil for another scheme, or when the host has other
    /// characters than letters, digits, `.`, `-` and an IPv6 address's `[:]` (the origin is written as it is
    /// into a policy).
    public static func of(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme,
              ["http", "https"].contains(scheme.lowercased()), let host = components.host, !host.isEmpty,
              host.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-[]:".unicodeScalars.contains($0)) })
        else { return nil }
        let port = components.port.map { ":\($0)" } ?? ""
        return "\(scheme.lowercased())://\(host.lowercased())\(port)"
    }
}
