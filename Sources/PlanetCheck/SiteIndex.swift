import Foundation
import PlanetCore
import PlanetXML

/// The built site as the link checker sees it: which paths exist, and the anchors of each HTML page,
/// read with libxml2 the first time a link asks for them.
struct SiteIndex {
    private let files: [String: OutputFile]
    private var anchorCache: [String: Set<String>] = [:]

    init(files: [OutputFile]) {
        self.files = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The output file a site path is served from: `/alice/` → `alice/index.html`; `/alice` too, as servers redirect.
    func file(for sitePath: String) -> String? {
        let relative = String(sitePath.drop { $0 == "/" })
        if relative.isEmpty || relative.hasSuffix("/") {
            return files[relative + "index.html"] == nil ? nil : relative + "index.html"
        }
        if files[relative] != nil { return relative }
        return files[relative + "/index.html"] == nil ? nil : relative + "/index.html"
    }

    /// The anchors of a generated HTML page; nil when they cannot be known (not HTML, or a file copied as it is).
    mutating func anchors(of path: String) -> Set<String>? {
        guard path.hasSuffix(".html"), let file = files[path], case .data(let data) = file.content else { return nil }
        if let cached = anchorCache[path] { return cached }
        let anchors = HTMLReferences.scan(document: String(decoding: data, as: UTF8.self)).anchors
        anchorCache[path] = anchors
        return anchors
    }
}
