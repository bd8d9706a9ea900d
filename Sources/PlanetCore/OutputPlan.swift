/// The files of a built site before they are rendered: jobs that each make one or more files. The
/// writer runs them a batch at a time and writes each batch before the next, so that a build never
/// holds the whole site in memory; tests and the preview server take every file at once (`files()`).
public struct OutputPlan: Sendable {
    /// Makes one or more files; runs on any core.
    public struct Job: Sendable {
        public let run: @Sendable () -> [OutputFile]

        public init(_ run: @escaping @Sendable () -> [OutputFile]) { self.run = run }
    }

    public var jobs: [Job]

    public init(jobs: [Job] = []) { self.jobs = jobs }

    /// Files made already, as one job.
    public init(files: [OutputFile]) {
        self.jobs = files.isEmpty ? [] : [Job { files }]
    }

    public static func + (lhs: OutputPlan, rhs: OutputPlan) -> OutputPlan {
        OutputPlan(jobs: lhs.jobs + rhs.jobs)
    }

    /// Runs the jobs in order, `batchSize` at a time on every core, and hands each batch's files to
    /// `body` before running the next batch.
    public func forEachBatch<Failure: Error>(
        batchSize: Int = 256, _ body: ([OutputFile]) throws(Failure) -> Void
    ) throws(Failure) {
        var start = 0
        while start < jobs.count {
            let batch = Array(jobs[start..<min(start + batchSize, jobs.count)])
            try body(batch.parallelMap { $0.run() }.flatMap { $0 })
            start += batchSize
        }
    }

    /// Every file, rendered on every core, sorted by path.
    public func files() -> [OutputFile] {
        jobs.parallelMap { $0.run() }.flatMap { $0 }.sorted { codePointOrder($0.path, $1.path) }
    }
}
