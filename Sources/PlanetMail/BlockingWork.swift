import Dispatch

/// Runs blocking work (a libcurl transfer, a `sendmail` run) on threads of its own, off Swift's cooperative pool.
enum BlockingWork {
    private static let queue = DispatchQueue(label: "planet.mail", attributes: .concurrent)

    static func run(_ work: @escaping @Sendable () throws(MailFailure) -> Void) async throws(MailFailure) {
        let result: Result<Void, MailFailure> = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: Result { () throws(MailFailure) in try work() }) }
        }
        try result.get()
    }
}
