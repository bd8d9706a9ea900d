import Foundation

extension CommentSettings {
    /// Where the comment form posts: `<intake>/comments`; nil without `intake`.
    public var commentsURL: String? {
        intake.map { $0 + "/comments" }
    }

    /// Where webmentions are sent: `<intake>/webmention`; nil without `intake`.
    public var webmentionURL: String? {
        intake.map { $0 + "/webmention" }
    }

    /// The intake's origin, `scheme://host[:port]` (lowercase scheme and host), which the pages' CSP `form-action`
    /// allows; nil without `intake`, or when its host has other characters than letters, digits, `.`, `-` and an IPv6
    /// address's `[:]` (the origin is written as it is into the CSP).
    public var intakeOrigin: String? {
        guard let intake, let components = URLComponents(string: intake), let scheme = components.scheme,
              ["http", "https"].contains(scheme.lowercased()), let host = components.host, !host.isEmpty,
              host.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-[]:".unicodeScalars.contains($0)) })
        else { return nil }
        let port = components.port.map { ":\($0)" } ?? ""
        return "\(scheme.lowercased())://\(host.lowercased())\(port)"
    }
}
