import Foundation

/// The mail tests' SMTP server (Tests/support/smtp_sink.py, on aiosmtpd) on a free port of the loopback address,
/// with the messages it accepted. Without python3 and aiosmtpd it throws, and the test fails saying so.
final class SMTPSink {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// A message as Python's `email` package reads it.
    struct Parsed: Decodable {
        struct Part: Decodable {
            var type: String
            var charset: String?
            var encoding: String?
            var text: String
        }

        var content_type: String
        var headers: [String: String]
        var parts: [Part]
        var defects: [String]
    }

    /// One accepted message: its envelope and its data as received.
    struct Received {
        var from: String
        var to: [String]
        var data: Data
        var file: URL
    }

    static let script = Fixtures.repository.appendingPathComponent("Tests/support/smtp_sink.py").path

    let folder: URL
    let port: UInt16
    private let process: BackgroundProcess

    /// Starts the sink; with `user`, AUTH is required; with `certificate` (and its key), STARTTLS is too.
    /// With `hangAt`, the sink never answers that message's data (1-based): a sender killed mid-send.
    init(user: String? = nil, password: String? = nil, certificate: (cert: String, key: String)? = nil, hangAt: Int? = nil) throws {
        try Self.requirePython()
        folder = try Run.temporaryFolder("planet-smtp-sink")
        var arguments = [Self.script, "serve", "0", folder.path]
        if let user, let password { arguments += ["--user", user, "--password", password] }
        if let certificate { arguments += ["--cert", certificate.cert, "--key", certificate.key] }
        if let hangAt { arguments += ["--hang-at", String(hangAt)] }
        process = try BackgroundProcess("/usr/bin/env", ["python3"] + arguments)
        guard process.waitFor("listening on ", timeout: 30),
              let line = process.output.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }),
              let port = UInt16(line.dropFirst("listening on ".count)) else {
            process.kill()
            throw Unavailable(description: "Tests/support/smtp_sink.py did not start: \(process.output)")
        }
        self.port = port
    }

    deinit {
        process.kill()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Waits until the sink holds the message it never answers.
    func waitForHang(timeout: TimeInterval = 60) -> Bool {
        process.waitFor("hanging", timeout: timeout)
    }

    /// The messages accepted so far, in order.
    func received() throws -> [Received] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return try names.compactMap { Int($0.replacingOccurrences(of: ".json", with: "")) }.sorted().map { number in
            let envelope = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("\(number).json"))) as? [String: Any]
            let file = folder.appendingPathComponent("\(number).eml")
            return Received(from: envelope?["from"] as? String ?? "", to: envelope?["to"] as? [String] ?? [], data: try Data(contentsOf: file), file: file)
        }
    }

    /// `file` read by Python's `email` package (the parser mail readers' behaviour is checked against).
    static func parse(_ file: URL) throws -> Parsed {
        try requirePython()
        let result = try Run.tool("python3", [script, "parse", file.path])
        guard result.status == 0 else { throw Unavailable(description: "smtp_sink.py parse failed: \(result.stderr)") }
        return try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
    }

    /// A self-signed certificate for 127.0.0.1 and localhost, and its key, made by `openssl req` in `folder`.
    static func certificate(in folder: URL) throws -> (cert: String, key: String) {
        let cert = folder.appendingPathComponent("cert.pem").path, key = folder.appendingPathComponent("key.pem").path
        let result = try Run.tool("openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ])
        guard result.status == 0 else { throw Unavailable(description: "openssl could not make a test certificate: \(result.stderr)") }
        return (cert, key)
    }

    private static func requirePython() throws {
        let check = try Run.tool("python3", ["-c", "import aiosmtpd"])
        guard check.status == 0 else {
            throw Unavailable(description: "the mail tests need python3 with aiosmtpd (python3 -m pip install aiosmtpd): \(check.stderr)")
        }
    }
}
