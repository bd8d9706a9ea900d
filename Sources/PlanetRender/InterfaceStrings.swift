import Foundation
import PlanetCore
import PlanetTheme
import Yams

/// The theme's interface strings for the site's language, with English as the fallback for missing keys.
public struct InterfaceStrings: Sendable {
    public private(set) var values: [String: String]
    let locale: Locale

    /// Keys planet itself reads; every language file must define them.
    static let requiredKeys = [
        "comments_zero", "comments_one", "comments_other", "posts_zero", "posts_one", "posts_other", "page_of",
        "tag_title", "authors_title", "tags_title", "not_found_title", "feed_site", "feed_author", "feed_tag",
        "feed_hashtag", "hashtags_title", "mentions_zero", "mentions_one", "mentions_other",
    ]

    /// Loads `i18n/<language>.yaml` (`fr-CA`, then `fr`), over `i18n/en.yaml`.
    public static func load(theme: Theme, language: String) -> Result<InterfaceStrings, Diagnostic> {
        var candidates = ["en"]
        let parts = language.split(separator: "-")
        for count in stride(from: 1, through: parts.count, by: 1) {
            candidates.append(parts.prefix(count).joined(separator: "-"))
        }
        var values: [String: String] = [:]
        for candidate in candidates {
            guard let data = theme.strings(language: candidate) else { continue }
            let path = "themes/\(candidate).yaml"
            do {
                guard let mapping = try Yams.load(yaml: String(decoding: data, as: UTF8.self), .default, .default, .utf8) as? [String: Any] else {
                    return .failure(.error("interface strings must be a mapping of keys to texts", at: SourceLocation(path: path)))
                }
                for (key, value) in mapping { values[key] = "\(value)" }
            } catch {
                return .failure(.error("invalid interface strings: \(error)", at: SourceLocation(path: path)))
            }
        }
        if let missing = requiredKeys.first(where: { values[$0] == nil }) {
            return .failure(.error(
                "the theme's interface strings lack `\(missing)` (in i18n/en.yaml or i18n/\(language).yaml)",
                at: SourceLocation(path: "themes")))
        }
        return .success(InterfaceStrings(values: values, locale: Locale(identifier: language)))
    }

    /// The strings with `transform` applied to each.
    func mapValues(_ transform: (String) -> String) -> InterfaceStrings {
        InterfaceStrings(values: values.mapValues(transform), locale: locale)
    }

    public subscript(key: String) -> String {
        values[key] ?? key
    }

    /// `key` with `{name}` placeholders replaced.
    public func format(_ key: String, _ arguments: [String: String]) -> String {
        let text = self[key]
        guard !arguments.isEmpty, text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            if let close = rest[open...].firstIndex(of: "}"), let value = arguments[String(rest[rest.index(after: open)..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }

    /// `<base>_zero`, `<base>_one` or `<base>_other`, with `{count}` written in the language's digits.
    public func plural(_ base: String, count: Int) -> String {
        let form = count == 0 ? "zero" : count == 1 ? "one" : "other"
        return format("\(base)_\(form)", ["count": number(count)])
    }

    public func number(_ value: Int) -> String {
        value.formatted(.number.locale(locale))
    }
}
