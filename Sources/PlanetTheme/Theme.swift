import Foundation
import PlanetCore

/// A resolved theme: the built-in files with a site's own theme files laid over them, file by file.
public struct Theme: Sendable {
    /// Path inside the theme (`templates/post.mustache`) → bytes.
    public var files: [String: Data]

    public init(files: [String: Data]) {
        self.files = files
    }

    /// Resolves the theme `name` of a site. `siteFiles` are the site's files under `themes/`, keyed by path
    /// relative to `themes/` (`default/static/css/planet.css`).
    public static func resolve(name: String, siteFiles: [String: Data]) -> Result<Theme, Diagnostic> {
        var files = BuiltInTheme.fileData
        let prefix = name + "/"
        let overrides = siteFiles.filter { $0.key.hasPrefix(prefix) }
        if overrides.isEmpty, name != BuiltInTheme.name {
            return .failure(.error(
                "theme `\(name)` not found: create themes/\(name)/ or remove `theme:`", at: SourceLocation(path: "planet.yaml")))
        }
        for (path, data) in overrides { files[String(path.dropFirst(prefix.count))] = data }
        return .success(Theme(files: files))
    }

    /// Files under `templates/`, by template name (`partials/post-item`) → text.
    public var templates: [String: String] {
        var result: [String: String] = [:]
        for (path, data) in files where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            result[String(path.dropFirst("templates/".count).dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
        }
        return result
    }

    /// Files under `static/`, by output path (`css/planet.css`), sorted.
    public var staticFiles: [(path: String, data: Data)] {
        files.filter { $0.key.hasPrefix("static/") }
            .map { (String($0.key.dropFirst("static/".count)), $0.value) }
            .sorted { codePointOrder($0.0, $1.0) }
    }

    /// The top-level names the theme's static files take in the output.
    public var topLevelNames: Set<String> {
        Set(staticFiles.compactMap { $0.path.split(separator: "/").first.map(String.init) })
    }

    /// The interface strings file for a language, if the theme has one.
    public func strings(language: String) -> Data? {
        files["i18n/\(language).yaml"]
    }
}
