import Foundation
import Testing

/// `planet letter --send` to a local SMTP server (aiosmtpd on the loopback address): the mailing list gets one
/// message; confirmed subscribers one each, with a one-click unsubscribe; a second run sends nothing; a run killed
/// while a message is in flight loses and duplicates nothing; no address reaches the output.
@Suite(.serialized) struct LetterSendTests {
    /// The fixture week's site, sending through `sink`; `list` sets `letter.list`.
    static func site(sink: SMTPSink, list: Bool) throws -> URL {
        var files = try LetterTests.files(language: "fr")
        var config = String(decoding: files["planet.yaml"]!, as: UTF8.self)
        config = config.replacingOccurrences(of: "  from_name: Planète Lettre\n", with: "  from_name: Planète Lettre\n  smtp: smtp://127.0.0.1:\(sink.port)\n")
        if !list { config = config.replacingOccurrences(of: "letter:\n  list: soignants@listes.example.org\n", with: "comments:\n  intake: https://intake.example.org\n") }
        files["planet.yaml"] = Data(config.utf8)
        let folder = try Run.temporaryFolder("planet-letter-send")
        try Run.write(files, to: folder)
        return folder
    }

    /// Subscribers written as the intake writes them: `count` confirmed ones, and one unconfirmed.
    static func subscribe(_ count: Int, in spool: URL) throws -> [String] {
        let folder = spool.appendingPathComponent(".state/letter/subscribers")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var addresses: [String] = []
        for number in 0...count {
            let id = String(repeating: "abcdefghijk"[String.Index(utf16Offset: number % 11, in: "abcdefghijk")], count: 43)
            let address = "lecteur\(number)@lecteurs.example.net"
            let confirmed = number < count
            if confirmed { addresses.append(address) }
            let json = #"{"address":"\#(address)","confirmed":\#(confirmed),"created":\#(Int(Date().timeIntervalSince1970)),"id":"\#(id)"}"#
            try Data(json.utf8).write(to: folder.appendingPathComponent(id + ".json"))
        }
        return addresses
    }

    @Test func theListGetsOneMessageOnce() throws {
        let sink = try SMTPSink()
        let site = try Self.site(sink: sink, list: true)
        let spool = try Run.temporaryFolder("planet-letter-spool")
        defer { try? FileManager.default.removeItem(at: site); try? FileManager.default.removeItem(at: spool) }
        let before = try Run.tree(site)
        let first = try Run.planet(["letter", site.path, "--week", "2024-W10", "--send", "--spool", spool.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Run.tree(site) == before, "sending writes nothing in the site: the intake's clone stays clean for its pulls")
        let second = try Run.planet(["letter", site.path, "--week", "2024-W10", "--send", "--spool", spool.path])
        #expect(second.status == 0)
        #expect(second.stdout.contains("was sent already: nothing to send"))
        let received = try sink.received()
        #expect(received.map(\.to) == [["soignants@listes.example.org"]])
        let parsed = try SMTPSink.parse(try #require(received.first).file)
        #expect(parsed.content_type == "multipart/alternative" && parsed.defects.isEmpty)
        #expect(parsed.headers["List-Unsubscribe"] == nil)
    }

    @Test func eachSubscriberGetsOneMessageEvenAfterAKill() throws {
        let sink = try SMTPSink(hangAt: 2)
        let site = try Self.site(sink: sink, list: false)
        let spool = try Run.temporaryFolder("planet-letter-spool")
        defer { try? FileManager.default.removeItem(at: site); try? FileManager.default.removeItem(at: spool) }
        let addresses = try Self.subscribe(3, in: spool)
        let arguments = ["letter", site.path, "--week", "2024-W10", "--send", "--spool", spool.path]
        let killed = try BackgroundProcess(Run.planet, arguments)
        #expect(sink.waitForHang())
        killed.kill()
        #expect(try sink.received().count == 1)
        let retried = try Run.planet(arguments)
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(retried.stdout.contains("2 messages now, 1 before"))
        let again = try Run.planet(arguments)
        #expect(again.status == 0)
        let received = try sink.received()
        #expect(received.flatMap(\.to).sorted() == addresses.sorted())
        for message in received {
            let parsed = try SMTPSink.parse(message.file)
            let unsubscribe = try #require(parsed.headers["List-Unsubscribe"])
            #expect(unsubscribe.hasPrefix("<https://intake.example.org/letter/unsubscribe?s="))
            #expect(parsed.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
            #expect(parsed.parts.map(\.type) == ["text/plain", "text/html"])
        }
        // No address in the site folder (its record and e-mail included), nor in what planet printed.
        for (path, data) in try Run.tree(site) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!addresses.contains { text.contains($0) }, "an address in \(path)")
        }
        for output in [retried.stdout, retried.stderr, again.stdout, again.stderr] {
            #expect(!addresses.contains { output.contains($0) })
        }
    }
}
