import Foundation

/// Writes an import's files into the site folder, the edge where the plan meets the disk. A file that exists with the
/// same bytes is left alone, so a second import writes nothing; one that differs is never replaced without `force`:
/// then nothing at all is written, and the report names them. Imported pages are the member's (`authors/<id>/pages/`):
/// the site's own `pages/` are never written.
public enum ImportWriter {
    public struct Report: Sendable, Hashable {
        /// Written (or, in a dry run, that would be).
        public var written: [String] = []
        public var unchanged: [String] = []
        /// Existing files that differ: replaced with `force`, else the reason nothing was written.
        public var differing: [String] = []

        public init() {}
    }

    public static func write(_ plan: ImportPlan, root: String, force: Bool, dryRun: Bool) throws -> Report {
        var report = Report()
        var pending: [(path: String, data: Data)] = []
        for file in plan.files {
            let data: Data
            switch file.content {
            case .text(let text): data = Data(text.utf8)
            case .copy(let source): data = try Data(contentsOf: URL(fileURLWithPath: source))
            }
            let target = root + "/" + file.path
            if let existing = FileManager.default.contents(atPath: target) {
                if existing == data {
                    report.unchanged.append(file.path)
                    continue
                }
                report.differing.append(file.path)
            }
            report.written.append(file.path)
            pending.append((target, data))
        }
        guard !dryRun, force || report.differing.isEmpty else { return report }
        for (path, data) in pending {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        }
        return report
    }
}
