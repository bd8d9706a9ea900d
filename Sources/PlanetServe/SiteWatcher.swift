import Foundation
import PlanetCore
import PlanetLoad

/// Notices changes to the site's files (planet.yaml, authors/, comments/, pages/, static/, themes/) by
/// polling: one `stat` per file, four times a second, nothing read. Portable, and cheap for a site of
/// thousands of files.
struct SiteWatcher: Sendable {
    static let interval: Duration = .milliseconds(250)

    let folder: String

    /// Calls `changed` with the paths that were added, edited or removed, until the task is cancelled.
    func watch(_ changed: @Sendable ([String]) async -> Void) async {
        var stamps = SiteLoader.stamps(folder: folder)
        while !Task.isCancelled {
            do { try await Task.sleep(for: Self.interval) } catch { return }
            let current = SiteLoader.stamps(folder: folder)
            guard current != stamps else { continue }
            let paths = Set(current.keys).union(stamps.keys).filter { current[$0] != stamps[$0] }
            stamps = current
            await changed(paths.sorted(by: codePointOrder))
        }
    }
}
