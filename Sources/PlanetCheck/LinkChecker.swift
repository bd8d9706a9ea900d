import Foundation
import PlanetCore
import PlanetMarkdown
import PlanetSite
import PlanetXML

/// The link-checking stage: every internal link and image of the published texts must lead to a page or
/// file of the built site, and its fragment to an element of that page. A pure function of the built files.
public enum LinkChecker {
    /// Links to an old address (`redirects`, from aliases) are checked against the page it leads to.
    public static func check(_ sources: [LinkSource], files: [OutputFile], config: SiteConfig, redirects: [Redirect] = []) -> [LinkFinding] {
        var index = SiteIndex(files: files, redirects: redirects)
        let links = LinkTarget.Resolver(config: config)
        var findings: [LinkFinding] = []
        for source in sources {
            for link in MarkdownLinks.find(in: source.body, trust: source.trust) {
                let firstLine = source.bodyFirstLine + link.line - 1
                let written: [(url: String, line: Int, column: Int, image: Bool)]
                switch link.kind {
                case .link, .image:
                    let column = scalarColumn(byteColumn: link.byteColumn, in: source.source.line(firstLine) ?? "")
                    written = [(link.destination, firstLine, column, link.kind == .image)]
                case .html:
                    let htmlLines = link.destination.split(separator: "\n", omittingEmptySubsequences: false)
                    let references = HTMLReferences.scan(fragment: link.destination)
                    written = references.urls.map { url in
                        let image = references.imageURLs.contains(url)
                        guard let offset = htmlLines.firstIndex(where: { $0.contains(url) }),
                              let text = source.source.line(firstLine + offset), let range = text.range(of: url) else {
                            return (url, firstLine, scalarColumn(byteColumn: link.byteColumn, in: source.source.line(firstLine) ?? ""), image)
                        }
                        return (url, firstLine + offset, text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound) + 1, image)
                    }
                }
                for (url, line, column, image) in written {
                    let footnote = inPageFootnoteLink(url, source: source)
                    if footnote != url, problem(with: footnote, image: false, from: source.pagePath, links: links, index: &index) == nil { continue }
                    guard var problem = problem(with: url, image: image, from: source.pagePath, links: links, index: &index)
                    else { continue }
                    if image, problem.code == .brokenLink, let advice = singleFilePostAdvice(for: url, in: source.sourcePath) {
                        problem.message += advice
                    }
                    let excerpt = source.source.line(line).flatMap { $0.isEmpty ? nil : $0 }
                    let diagnostic = Diagnostic.error(
                        problem.message, at: source.source.location(line: line, column: column), excerpt: excerpt, code: problem.code)
                    findings.append(LinkFinding(diagnostic: diagnostic, targetPath: problem.target))
                }
            }
        }
        return findings
    }

    /// A text's own link to one of its footnotes (`#fn-1`), as the sanitizer rewrote it (`#fn-<scope>-1`).
    private static func inPageFootnoteLink(_ url: String, source: LinkSource) -> String {
        guard url.hasPrefix("#"), let scoped = HTMLSanitizer.footnoteID(String(url.dropFirst()), scope: StableHash.hex(source.sourcePath))
        else { return url }
        return "#" + scoped
    }

    private struct Problem {
        var message: String
        var code: DiagnosticCode
        var target: String?
    }

    private static func problem(
        with url: String, image: Bool, from pagePath: String, links: LinkTarget.Resolver, index: inout SiteIndex
    ) -> Problem? {
        switch links.resolve(url, from: pagePath) {
        case .external:
            return nil
        case .outside(let path):
            return Problem(
                message: "link `\(url)` leads to \(path), outside the site, which is published under \(links.basePath)/: start the link with \(links.basePath)/",
                code: .linkOutsideSite, target: nil)
        case .site(let path, let fragment):
            guard let file = index.file(for: path) else {
                return Problem(
                    message: "broken \(image ? "image" : "link"): `\(url)` leads to \(path), which is no page or file of the site",
                    code: .brokenLink, target: path)
            }
            guard let fragment, fragment != "top", let anchors = index.anchors(of: file), !anchors.contains(fragment) else { return nil }
            return Problem(
                message: "broken anchor: `\(url)`: the page \(path) has no element with id `\(fragment)`",
                code: .brokenAnchor, target: path)
        }
    }

    /// For an image written beside a single-file post (`![x](photo.jpg)` in `authors/a/posts/2026-01-01-x.md`), which
    /// cannot hold files: how to make the post a folder that holds it. Nil for other texts and addresses.
    static func singleFilePostAdvice(for url: String, in sourcePath: String) -> String? {
        let parts = sourcePath.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "authors", parts[2] == "posts", sourcePath.hasSuffix(".md"),
              !url.hasPrefix("/"), !url.hasPrefix("#"), !url.contains(":") else { return nil }
        let folder = String(sourcePath.dropLast(".md".count))
        let file = url.split(separator: "#").first.flatMap { $0.split(separator: "?").first }.map { String($0).removingPercentEncoding ?? String($0) } ?? url
        return "; a post that shows its own images is a folder: move the post to \(folder)/index.md and put \(file) beside it"
    }

    /// cmark-gfm counts columns in bytes; diagnostics count Unicode scalars.
    static func scalarColumn(byteColumn: Int, in line: String) -> Int {
        let prefix = line.utf8.prefix(max(0, byteColumn - 1))
        return String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    }
}
