import Foundation
import PlanetCore
import PlanetXML

/// The built site as the link checker sees it: which paths exist, and the anchors of each HTML page,
/// read with libxml2 the first time a link asks for them.
struct SiteIndex {
    private let files: [String: OutputFile]
    /// The site path each redirect page (an alias) leads to, by the page's output path.
    private let redirects: [String: String]
    private var anchorCache: [String: Set<String>] = [:]

    init(files: [OutputFile], redirects: [Redirect] = []) {
        self.files = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.redirects = Dictionary(redirects.map { ($0.outputPath, $0.target) }, uniquingKeysWith: { first, _ in first })
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
    /// A redirect page (an alias) has the anchors of the page it leads to.
    mutating func anchors(of path: String) -> Set<String>? {
        if let target = redirects[path] {
            guard let targetFile = file(for: target), redirects[targetFile] == nil else { return nil }
            return anchors(of: targetFile)
        }
        guard path.hasSuffix(".html"), let file = files[path], case .data(let data) = file.content else { return nil }
        if let cached = anchorCache[path] { return cached }
        let anchors = HTMLReferences.scan(document: String(decoding: data, as: UTF8.self)).anchors
        anchorCache[path] = anchors
        return anchors
    }
}
