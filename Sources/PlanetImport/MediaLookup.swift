import Foundation
import PlanetCore

/// Finds the file of an old blog's media URL in the folder given with `--media`: by its path under `wp-content/uploads/`
/// (or under the folder's own name), else by its file name alone.
enum MediaLookup {
    /// What a member's folder may publish and a post shows or links to: images, audio, video and PDF.
    static let extensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "mp3", "mp4", "m4a", "m4v", "mov", "webm", "ogg", "oga", "ogv", "opus",
        "wav", "flac", "pdf",
    ]

    /// The URL's path, percent-decoded.
    static func path(of url: String) -> String? {
        guard let components = URLComponents(string: url.trimmed) else { return nil }
        return components.path.isEmpty ? nil : components.path
    }

    static func isMedia(_ url: String) -> Bool {
        guard let path = path(of: url) else { return false }
        return extensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// The key of `files` (paths inside the media folder) that holds the URL's file.
    static func file(for url: String, in files: [String: String]) -> String? {
        guard !files.isEmpty, isMedia(url), let path = path(of: url) else { return nil }
        if let range = path.range(of: "/wp-content/uploads/"), files[String(path[range.upperBound...])] != nil {
            return String(path[range.upperBound...])
        }
        let segments = path.split(separator: "/").map(String.init)
        for start in segments.indices {
            let candidate = segments[start...].joined(separator: "/")
            if files[candidate] != nil { return candidate }
        }
        return nil
    }

    /// A file name for the copy beside the post: its name made a slug, its extension lowercased.
    static func localName(for key: String) -> String {
        let name = (key as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension.lowercased()
        let stem = Slug.make((name as NSString).deletingPathExtension)
        return (stem.isEmpty ? "media" : stem) + "." + ext
    }
}
