import Foundation

/// Lists the entries of one folder for the loader, which sorts them: the order of a listing never
/// reaches the build. Tests give the loader listings in other orders to show it.
public struct DirectoryLister: Sendable {
    /// The entries of the folder at an absolute path, hidden ones included, in any order; nil when
    /// the folder cannot be read.
    public var entries: @Sendable (String) -> [DirectoryEntry]?

    public init(entries: @escaping @Sendable (String) -> [DirectoryEntry]?) {
        self.entries = entries
    }

    /// The entries in the order `readdir` gives them.
    public static let system = DirectoryLister { path in
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            entries.append(DirectoryEntry(name: name, isRegularFile: entry.pointee.d_type == UInt8(DT_REG)))
        }
        return entries
    }
}
