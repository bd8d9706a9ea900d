/// What `GET /healthz` tells: `ok` while all is well, else each problem, in planet's words only (no reader's
/// text, no URL, no git message), so that it can be public.
struct ServiceHealth: Sendable, Hashable {
    /// The last git command's failure (`git pull timed out after 60 s`), until a git command succeeds again.
    var git: String?
    /// Why the site could not be read again (the site known before is kept), until it can.
    var reload: String?
    /// The files the site is read without, for their errors (paths in the site).
    var filesWithErrors: [String] = []

    /// The files named at most; the others are counted.
    static let filesShown = 10

    var problems: [String] {
        var problems: [String] = []
        if let git { problems.append(git) }
        if let reload { problems.append(reload) }
        if !filesWithErrors.isEmpty {
            let shown = filesWithErrors.prefix(Self.filesShown).map { LogText.escaped($0) }.joined(separator: ", ")
            let more = filesWithErrors.count > Self.filesShown ? " and \(filesWithErrors.count - Self.filesShown) more" : ""
            problems.append("the site is read without \(filesWithErrors.count) file(s) with errors: \(shown)\(more)")
        }
        return problems
    }

    /// The body of `/healthz`: `ok`, or a `degraded: ...` line for each problem.
    var report: String {
        let problems = problems
        return problems.isEmpty ? "ok\n" : problems.map { "degraded: \($0)\n" }.joined()
    }
}
