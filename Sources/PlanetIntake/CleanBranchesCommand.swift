import ArgumentParser
import Foundation
import PlanetProcess

/// `planet intake clean-branches`: deletes from the remote the branches that `planet intake` pushed pending comments
/// on (`comments/...`) before pending comments stayed private.
struct CleanBranchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean-branches",
        abstract: "Delete the comment branches (comments/...) that the intake pushed to the remote.",
        discussion: """
            Before pending comments stayed in the spool, `planet intake --deliver git` pushed each one on a branch \
            comments/<author>/<slug>/<id> and opened a pull request: its text was public on the forge before a \
            moderator read it. This command lists those branches on --remote and, unless --dry-run, deletes them \
            (GitHub closes the requests whose branch is gone; on GitLab, Gitea and Forgejo, close them by hand). \
            A forge still keeps a closed request's commits \
            (GitHub's refs/pull/N/head, GitLab's refs/merge-requests/N/head): on GitLab, Gitea and Forgejo an \
            administrator deletes the request itself; on GitHub, ask GitHub Support to remove the requests' \
            cached views and references (see docs/operators.md, "Comments from readers").

            Examples:
              planet intake clean-branches /srv/site --dry-run
              planet intake clean-branches /srv/site --remote origin
            """
    )

    @Argument(help: "The site folder (a clone of the site's repository).", completion: .directory)
    var site: String = "."

    @Option(help: "The remote to clean.")
    var remote: String = "origin"

    @Flag(name: .customLong("dry-run"), help: "List the branches without deleting them.")
    var dryRun = false

    @Option(name: .customLong("git-timeout"), help: "Seconds a git command may run before it is stopped.")
    var gitTimeout: Double = 120

    func run() throws {
        let listing = try git(["ls-remote", "--heads", remote, "refs/heads/comments/*"])
        let branches = listing.split(separator: "\n").compactMap { line -> String? in
            line.split(separator: "\t").last.map(String.init)
        }.filter { $0.hasPrefix("refs/heads/comments/") }.sorted()
        for branch in branches { print((dryRun ? "would delete " : "deleting ") + branch.dropFirst("refs/heads/".count)) }
        if branches.isEmpty {
            print("No comment branch on \(remote).")
            return
        }
        guard !dryRun else { return }
        for batch in stride(from: 0, to: branches.count, by: 100).map({ Array(branches[$0..<min($0 + 100, branches.count)]) }) {
            _ = try git(["push", "-q", remote, "--delete"] + batch)
        }
        print("Deleted \(branches.count) branch\(branches.count == 1 ? "" : "es") from \(remote).")
    }

    /// `git -C site arguments...`'s output; a failure is printed with git's last line and exits 1.
    private func git(_ arguments: [String]) throws -> String {
        let output: ProcessOutput
        do {
            output = try ProcessRunner.run(["git", "-C", site] + arguments, environment: GitCommand.environment,
                                           deadline: gitTimeout)
        } catch {
            FileHandle.standardError.write(Data("error: git \(arguments[0]): \(error)\n".utf8))
            throw ExitCode(1)
        }
        guard output.status == 0 else {
            let last = String(decoding: output.stderr, as: UTF8.self).split(separator: "\n").last ?? ""
            FileHandle.standardError.write(Data("error: git \(arguments[0]) failed (status \(output.status)): \(last)\n".utf8))
            throw ExitCode(1)
        }
        return String(decoding: output.stdout, as: UTF8.self)
    }
}
