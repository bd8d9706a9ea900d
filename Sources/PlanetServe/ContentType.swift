import PlanetCore

/// The media type of a site file, by its name.
enum ContentType {
    static func of(_ path: String) -> String {
        if OutputFile.isFeed(path) { return "application/atom+xml; charset=utf-8" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let suffix = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!).lowercased() : ""
        return types[suffix] ?? "application/octet-stream"
    }

    private static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "xml": "application/xml; charset=utf-8", "txt": "text/plain; charset=utf-8", "json": "application/json",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon", "pdf": "application/pdf",
        "woff": "font/woff", "woff2": "font/woff2", "mp3": "audio/mpeg", "mp4": "video/mp4", "webm": "video/webm",
    ]
}
