import Foundation
import PlanetCore

/// The site the preview server sends, held in memory: nothing is written, not even the site's `public/`.
struct ServedSite: Sendable {
    private(set) var files: [String: ServedFile] = [:]

    /// The built files, with copied files read from the site folder and HTML prepared by `ServedHTML`.
    /// A file whose bytes did not change keeps its `lastModified`; an `.unchanged` one is the previous site's.
    init(files built: [OutputFile], root: String, previous: ServedSite, nonce: String, now: Date) {
        for file in built {
            var data: Data
            switch file.content {
            case .data(let bytes): data = bytes
            case .copy(let source):
                guard let bytes = FileManager.default.contents(atPath: root + "/" + source) else { continue }
                data = bytes
            case .unchanged:
                if let kept = previous.files[file.path] { files[file.path] = kept }
                continue
            case .failed:
                continue
            }
            let contentType = ContentType.of(file.path)
            if file.path.hasSuffix(".html") { data = ServedHTML.prepare(data, nonce: nonce) }
            let etag = ServedFile.etag(of: data)
            let unchanged = previous.files[file.path].flatMap { $0.etag == etag ? $0.lastModified : nil }
            files[file.path] = ServedFile(data: data, contentType: contentType, etag: etag, lastModified: unchanged ?? now)
        }
    }

    init() {}

    enum Lookup {
        case file(ServedFile)
        /// `/alice` → `/alice/`, where `alice/index.html` is.
        case redirect(String)
        /// With the site's `404.html` when it has one.
        case notFound(ServedFile?)
    }

    /// The file for a request path (already percent-decoded).
    func lookup(_ path: String) -> Lookup {
        let relative = String(path.drop { $0 == "/" })
        let candidate = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        if let file = files[candidate] { return .file(file) }
        if !relative.isEmpty, !relative.hasSuffix("/"), files[relative + "/index.html"] != nil { return .redirect(path + "/") }
        return .notFound(files["404.html"])
    }
}
