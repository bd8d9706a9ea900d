import Foundation
import PlanetCore
import PlanetLoad

/// The parse stage: every file of a `SiteInput` read into model values, on every core.
/// A file with errors is left out; its diagnostics say why.
public enum SiteParser {
    public static func parse(_ input: SiteInput) -> (SiteContent?, [Diagnostic]) {
        let (parsedConfig, configDiagnostics) = ConfigParser.parse(input.config)
        guard let config = parsedConfig else { return (nil, configDiagnostics) }
        var diagnostics = configDiagnostics

        var authors: [Author] = []
        var postJobs: [(PostSource, String)] = []
        for folder in input.authors {
            let (author, authorDiagnostics) = AuthorParser.parse(folder)
            diagnostics += authorDiagnostics
            if let author { authors.append(author) }
            postJobs += folder.posts.map { ($0, folder.id) }
        }
        let postResults = parallelMap(postJobs) { PostParser.parse($0.0, authorID: $0.1, config: config) }
        let commentResults = parallelMap(input.comments) { CommentParser.parse($0, config: config) }
        let pageResults = input.pages.map { PageParser.parse($0, config: config) }
        diagnostics += postResults.flatMap(\.1) + commentResults.flatMap(\.1) + pageResults.flatMap(\.1)

        let content = SiteContent(
            config: config, authors: authors, posts: postResults.compactMap(\.0),
            comments: commentResults.compactMap(\.0), pages: pageResults.compactMap(\.0),
            staticFiles: input.staticFiles)
        return (content, diagnostics)
    }

    /// `transform` applied to every element on every core, results in the input's order.
    static func parallelMap<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let slots = SendableBuffer(results)
        elements.withUnsafeBufferPointer { buffer in
            let source = SendableBuffer(UnsafeMutableBufferPointer(mutating: buffer))
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                slots.buffer[index] = transform(source.buffer[index])
            }
        }
        return results.map { $0! }
    }
}

/// A buffer whose distinct slots are written from distinct threads.
private struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
