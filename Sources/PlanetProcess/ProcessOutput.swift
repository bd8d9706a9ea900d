import Foundation

/// What a program that ran to its end left: its exit status (128 + the signal's number when a signal ended it)
/// and everything it wrote.
public struct ProcessOutput: Sendable, Hashable {
    public var status: Int32
    public var stdout: Data
    public var stderr: Data

    public init(status: Int32, stdout: Data, stderr: Data) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}
