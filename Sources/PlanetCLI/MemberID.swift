import Foundation
import PlanetParse
import PlanetSite
import PlanetTheme

/// The rules a new member id must follow, the same as the build's: characters, reserved names, pages,
/// static files and the theme's own top-level names.
enum MemberID {
    /// Why `id` cannot be a new member of the site at `root`, or nil when it can.
    static func problem(with id: String, root: String) -> String? {
        guard AuthorParser.isValidID(id) else {
            return "invalid member id `\(id)`: use lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit"
        }
        var taken = ReservedNames.topLevel.union(BuiltInTheme.fileData.keys.compactMap(topLevelStaticName))
        let manager = FileManager.default
        taken.formUnion(((try? manager.contentsOfDirectory(atPath: root + "/pages")) ?? []).filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) })
        taken.formUnion((try? manager.contentsOfDirectory(atPath: root + "/static")) ?? [])
        for theme in (try? manager.contentsOfDirectory(atPath: root + "/themes")) ?? [] {
            taken.formUnion((try? manager.contentsOfDirectory(atPath: root + "/themes/\(theme)/static")) ?? [])
        }
        if taken.contains(id) { return "member id `\(id)` is reserved: /\(id)/ is one of the site's own addresses" }
        if manager.fileExists(atPath: root + "/authors/\(id)") { return "member `\(id)` exists already (authors/\(id)/)" }
        return nil
    }

    /// `static/css/planet.css` → `css`.
    private static func topLevelStaticName(_ themePath: String) -> String? {
        let parts = themePath.split(separator: "/")
        return parts.count >= 2 && parts[0] == "static" ? String(parts[1]) : nil
    }
}
