import Foundation

/// A set of files written as one text: each file starts with a line `-- path --`.
/// Fixture sites are written this way, and so are the snapshots of what they build.
enum TextBundle {
    static func parse(_ text: String) -> [String: Data] {
        var files: [String: Data] = [:]
        var currentPath: String?
        var lines: [Substring] = []
        func flush() {
            guard let path = currentPath else { return }
            files[path] = Data(lines.joined(separator: "\n").utf8)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                currentPath = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        flush()
        return files.mapValues { data in
            var bytes = data
            while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
            return bytes + Data("\n".utf8)
        }
    }

    static func render(_ files: [(String, String)]) -> String {
        files.map { "-- \($0.0) --\n\($0.1.hasSuffix("\n") ? $0.1 : $0.1 + "\n")" }.joined()
    }
}
