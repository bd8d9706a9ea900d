import Foundation
import PlanetCore
import PlanetProcess

/// Sends mail through the local `sendmail` program (Postfix's, Exim's, msmtp's...): `sendmail -i -f <from> -- <to>`
/// with the message on its standard input, through `ProcessRunner`, within a deadline.
public struct SendmailMailSender: MailSending {
    /// The program's absolute path.
    public let path: String
    /// The longest the program may run, in seconds; it is killed then.
    public let deadline: TimeInterval

    public init(path: String = MailConfig.defaultSendmailPath, deadline: TimeInterval = 60) {
        self.path = path
        self.deadline = deadline
    }

    public func send(_ message: MailMessage) async throws(MailFailure) {
        // Rendering checks both addresses, so neither can pass for an option. The message is all ASCII, with CR
        // only in line ends: the program takes local (LF) line ends and writes CRLF itself.
        let input = Data(try message.rendered().filter { $0 != UInt8(ascii: "\r") })
        let arguments = [path, "-i", "-f", message.from.address, "--", message.to.address]
        try await BlockingWork.run { [path, deadline] () throws(MailFailure) in
            let output: ProcessOutput
            do {
                output = try ProcessRunner.run(arguments, input: input, deadline: deadline)
            } catch {
                throw .notSent("\(path) \(error)")
            }
            guard output.status == 0 else {
                let said = String(decoding: output.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                throw .notSent("\(path) exited with status \(output.status)" + (said.isEmpty ? "" : ": \(said)"))
            }
        }
    }
}
