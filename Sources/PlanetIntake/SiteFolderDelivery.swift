import Foundation
import PlanetFiles

/// `--deliver directory`: an approved comment's file written into the site folder's `comments/`, for moderators
/// who build and commit locally. A file already there with the same text (written before a crash) is the same
/// delivery; another file at its path makes `GitDelivery.BranchTaken`, and the comment is renamed. A reply taken
/// from the site replaces its file there when the file is still the text taken (`replacing`; an empty `text`
/// removes it), and makes `GitDelivery.SiteChanged` when it is not.
struct SiteFolderDelivery: Sendable {
    let siteFolder: String

    func write(_ comment: SpooledComment, text: Data, replacing: Data? = nil) throws {
        let path = "\(siteFolder)/\(comment.path)"
        if let replacing {
            let current = FileManager.default.contents(atPath: path)
            if current == (text.isEmpty ? nil : text) { return }
            guard current == replacing else { throw GitDelivery.SiteChanged() }
            if text.isEmpty {
                try DurableFile.remove(path)
            } else {
                try DurableFile.write(text, to: path)
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: parent) {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
        if try DurableFile.create(text, at: path, through: "\(parent)/.\(UUID().uuidString).tmp") { return }
        guard FileManager.default.contents(atPath: path) == text else { throw GitDelivery.BranchTaken(branch: comment.path) }
    }
}
