import Foundation
import PlanetCore

extension ImportPlanner {
    /// A Disqus export's threads matched to the site's posts by their address's path (a post's own or one of its
    /// aliases, with or without the base path; the host is not compared, since the old blog's was another), and their
    /// comments written as the post's comment files. A thread with comments and no post is listed in the summary.
    mutating func addThreads() {
        let base = options.basePath.hasSuffix("/") ? String(options.basePath.dropLast()) : options.basePath
        for thread in blog.items.sorted(by: { ($0.link, $0.id) < ($1.link, $1.id) }) where !thread.comments.isEmpty {
            let path = URLComponents(string: thread.link)?.percentEncodedPath ?? ""
            let key = ImportOptions.pathKey(path)
            guard !key.isEmpty, let post = options.postPaths[key] ?? options.postPaths[ImportOptions.pathKey(base + path)] else {
                plan.summary.unmatchedThreads.append(thread.link.isEmpty ? "thread \(thread.id)" : thread.link)
                plan.summary.commentsLeftOut += thread.comments.count
                continue
            }
            plan.summary.threadsMatched += 1
            addComments(thread.comments, post: post)
        }
    }
}
