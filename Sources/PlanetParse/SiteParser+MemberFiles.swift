import Foundation
import PlanetCore
import PlanetLoad

extension SiteParser {
    /// The published form of every member file that may be published: each post's and member page's folder's files, each
    /// member's avatar, and the images `planet fetch` copied. Each is judged once per content: the build
    /// cache keeps the result under the fingerprint of the file's path and bytes. Returns the published files
    /// by path, and each judged file's cache key, result and diagnostics. A fetched image that cannot be
    /// published is a warning: it comes from another site, not from the member.
    static func judgeMemberFiles(
        _ input: SiteInput, authors: [Author], cache: BuildCache, toolIdentity: UInt64
    ) -> (files: [String: PublishedFile], results: [(UInt64, PublishedFile?, [Diagnostic])]) {
        var wanted = Set(input.authors.flatMap { folder in
            (folder.posts + folder.pages).flatMap { post in
                let folderPath = (post.file.path as NSString).deletingLastPathComponent
                return post.bundleFiles.map { folderPath + "/" + $0 }
            }
        })
        for author in authors {
            if let avatar = author.avatarFile { wanted.insert("authors/\(author.id)/\(avatar)") }
        }
        let fetched = Set(input.feedImages)
        let jobs = input.memberFiles.filter { wanted.contains($0.path) || fetched.contains($0.path) }
        let results = jobs.parallelMap { file -> (UInt64, PublishedFile?, [Diagnostic]) in
            var fingerprint = Fingerprint()
            fingerprint.combine(toolIdentity)
            fingerprint.combine(2)
            fingerprint.combine(file.path)
            fingerprint.combine(file.digest)
            let key = fingerprint.value
            if case .memberFile(let published, let diagnostics)? = cache.entries[key] { return (key, published, diagnostics) }
            let (published, diagnostics) = MemberFilePolicy.judge(file)
            return (key, published, fetched.contains(file.path) ? diagnostics.map(\.demotedToWarning) : diagnostics)
        }
        var files: [String: PublishedFile] = [:]
        for (job, result) in zip(jobs, results) {
            if let published = result.1 { files[job.path] = published }
        }
        return (files, results)
    }

    /// The published files of a post's folder, by their path in the folder.
    static func bundleImages(_ source: PostSource, in files: [String: PublishedFile]) -> [String: PublishedFile] {
        guard !source.bundleFiles.isEmpty else { return [:] }
        let folder = (source.file.path as NSString).deletingLastPathComponent
        var images: [String: PublishedFile] = [:]
        for file in source.bundleFiles {
            if let published = files[folder + "/" + file] { images[file] = published }
        }
        return images
    }
}
