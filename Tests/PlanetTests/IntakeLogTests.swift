import Foundation
import Testing

extension IntakeServiceTests {
    /// The service's log on the real binary: what a request sends is escaped and cut, so that no path forges a
    /// line or makes a long one, and no reader's name (nor a file name made of it) is ever written.
    @Suite struct IntakeLogTests {
        @Test func theLogHasNoForgedLineNoLongLineAndNoName() async throws {
            let service = try await IntakeAbuseTests.Service(["--rate-per-address", "1000", "--rate-global", "10000"])
            defer { service.stop() }
            let port = service.intake.port
            let paths = [
                "/x%0d%0a1999-01-01T00:00:00Z%20203.0.113.0/24%20POST%20/comments%20303%201ms",
                "/y%0aFORGED%0dLINE%1b[31m%e2%80%a8%c2%85%7f",
                "/z\u{2028}\u{85}\u{1B}[31m",
                "/comments%0d%0a1999-01-01T00:00:00Z",
                "/" + String(repeating: "%C3%A9", count: 400),
                "/" + String(repeating: "a", count: 65_536),
            ]
            for path in paths { _ = RawHTTP.request(port: port, method: "GET", path: path) }
            for (index, name) in ["Julie Rousseau", "Zoé Martin-Lefèvre", "Ünal Kaya"].enumerated() {
                let response = RawHTTP.post(port: port, IntakeAbuseTests.fields(["name": name, "message": "Message \(index) de lecteur."]))
                #expect(response?.status == 303)
            }
            #expect(try service.spoolFiles().count == 3)
            let written = await IntakeProcess.wait(timeout: 10) {
                service.intake.output.split(separator: "\n").filter { $0.contains(#/ POST /comments 303 \d+ms$/#) }.count == 3
            }
            #expect(written, "\(service.intake.output.suffix(2000))")

            let log = service.intake.output
            let lines = log.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            for line in lines {
                #expect(line.utf8.count <= 300, "a line of \(line.utf8.count) bytes: \(line.prefix(120))")
                #expect(line.wholeMatch(of: #/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z [\x20-\x7E…]*/#) != nil, "a line the service did not write: \(line.prefix(200))")
            }
            #expect(!lines.contains { $0.hasPrefix("FORGED") || $0.hasPrefix("LINE") || $0.hasPrefix("1999-") })
            #expect(lines.filter { $0.contains("spooled") }.count == 3, "\(log)")
            let lowered = log.lowercased()
            for word in ["julie", "rousseau", "zoé", "zoe", "martin", "lefèvre", "lefevre", "ünal", "unal", "kaya"] {
                #expect(!lowered.contains(word), "\(word) is in the log:\n\(log)")
            }
        }
    }
}
