import Foundation
import PlanetTheme
import Yams

/// The built-in theme's templates and interface strings, as the samples render them.
public enum BuiltInThemeSources {
    /// Template name (`partials/post-item`) → text.
    public static var templates: [String: String] { Theme(files: BuiltInTheme.fileData).templates }

    /// The interface strings of `language`, sorted by key.
    public static func strings(language: String) -> [(String, String)] {
        guard let data = Theme(files: BuiltInTheme.fileData).strings(language: language),
              let mapping = try? Yams.load(yaml: String(decoding: data, as: UTF8.self)) as? [String: Any] else { return [] }
        return mapping.map { ($0.key, "\($0.value)") }.sorted { $0.0 < $1.0 }
    }
}
