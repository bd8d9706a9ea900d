import Foundation
import PlanetFiles

/// `--deliver directory`: an approved comment's file written into the site folder's `comments/`, for moderators
/// who build and commit locally. A file already there with the same text (written before a crash) is the same
/// delivery; another file at its path makes `GitDelivery.BranchTaken`, and the comment is renamed.
struct SiteFolderDelivery: Sendable {
    let siteFolder: String

    func write(_ comment: SpooledComment, text: Data) throws {
        let path = "\(siteFolder)/\(comment.path)"
        let parent = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: parent) {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
        if try DurableFile.create(text, at: path, through: "\(parent)/.\(UUID().uuidString).tmp") { return }
        guard FileManager.default.contents(atPath: path) == text else { throw GitDelivery.BranchTaken(branch: comment.path) }
    }
}
