import Foundation

/// Writes the files of `planet new` under a folder, refusing to replace any file.
enum NewFiles {
    struct Exists: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) exists already; planet new never replaces a file" }
    }

    /// Fails before writing anything when one of the files exists.
    static func write(_ files: [(path: String, text: String)], under folder: String) throws {
        for file in files where FileManager.default.fileExists(atPath: folder + "/" + file.path) {
            throw Exists(path: file.path)
        }
        for file in files {
            let url = URL(fileURLWithPath: folder + "/" + file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
        }
    }
}
