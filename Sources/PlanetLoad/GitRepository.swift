import Foundation
import PlanetCore
import PlanetProcess

/// The site's git history, read at the loading edge by running `git`. Every answer is a value.
public enum GitRepository {
    /// Why changes could not be listed.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Seconds a git command of the build may run before it is killed: generous, for a long history on a slow disk.
    public static let defaultDeadline: TimeInterval = 300

    /// The date of the last commit of every file under `root`, by path relative to `root`, from one
    /// `git log` pass. Empty when `root` is not in a git repository (or git is missing, or past `deadline`).
    /// The dates are committer dates, so they are the same for a given commit on any machine.
    public static func lastCommitDates(root: String, deadline: TimeInterval = defaultDeadline) -> [String: Date] {
        guard let output = try? git(["log", "--format=%x01%ct", "--name-only", "--no-renames", "--relative"], in: root, deadline: deadline)
        else {
            return [:]
        }
        var dates: [String: Date] = [:]
        var current: Date?
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("\u{1}") {
                current = Double(line.dropFirst()).map(Date.init(timeIntervalSince1970:))
            } else if let current, dates[String(line)] == nil {
                dates[String(line)] = current
            }
        }
        return dates
    }

    /// The files that differ between the working tree and where it forked from `revision` (their merge base),
    /// untracked files included (they are what a member has just written), in path order.
    public static func changes(root: String, since revision: String) throws(Failure) -> [FileChange] {
        var changes: [String: FileChange.Kind] = [:]
        let base = try line(git(["merge-base", revision, "HEAD"], in: root))
        let prefix = try line(git(["rev-parse", "--show-prefix"], in: root))
        let diff = try git(["diff", "--name-status", "--no-renames", "-z", base, "--"], in: root)
            .split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        var index = 0
        while index + 1 < diff.count {
            let status = diff[index].first
            changes[diff[index + 1]] = status == "A" ? .added : status == "D" ? .deleted : .modified
            index += 2
        }
        let untracked = try git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z"], in: root)
        for path in untracked.split(separator: 0) { changes[String(decoding: path, as: UTF8.self)] = .added }
        return changes.keys.sorted(by: codePointOrder).map { path in
            path.hasPrefix(prefix)
                ? FileChange(path: String(path.dropFirst(prefix.count)), kind: changes[path]!)
                : FileChange(path: path, kind: changes[path]!, insideSite: false)
        }
    }

    /// The path of the folder `root` inside its git repository, with a trailing `/` (`sample-site/`), or `""` at the
    /// repository's root; nil when `root` is in no repository (or git is missing).
    public static func prefix(root: String) -> String? {
        try? line(git(["rev-parse", "--show-prefix"], in: root, deadline: 30))
    }

    private static func line(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `git -C folder arguments...` and returns its standard output; fails on a non-zero status, or past `deadline`.
    private static func git(_ arguments: [String], in folder: String, deadline: TimeInterval = defaultDeadline) throws(Failure) -> Data {
        let command = "git \(arguments.prefix(2).joined(separator: " "))"
        let output: ProcessOutput
        do {
            output = try ProcessRunner.run(["git", "-c", "core.quotePath=false", "-C", folder] + arguments, deadline: deadline)
        } catch {
            throw Failure(description: "\(command) \(error)")
        }
        guard output.status == 0 else {
            let reason = line(output.stderr)
            throw Failure(description: "\(command) failed: \(reason.isEmpty ? "status \(output.status)" : reason)")
        }
        return output.stdout
    }
}
