import Foundation
import PlanetCore
import PlanetLoad
import PlanetParse
@testable import PlanetIntake
import Testing

extension IntakeServiceTests {
    /// Readers' names on the real binary: any name the service accepts is written quoted, so that the build's comment
    /// parser reads back exactly that name; a name the build would refuse (no visible letter or digit, marks piled
    /// up) is a mistake shown to the reader (422), and nothing is spooled.
    @Suite struct IntakeNameTests {
        static let readBack = SiteConfig(title: "Planète Test", baseURL: "https://planete.example.org")

        @Test func namesReadBackAsTheyWereTypedAndInvisibleNamesAreMistakes() async throws {
            let service = try await IntakeAbuseTests.Service(["--rate-per-address", "1000", "--rate-global", "10000"])
            defer { service.stop() }
            let port = service.intake.port
            let accepted = [
                "null", "~~ Zoé", "yes", "'quoted'", ": colon", "Null", "NO", "true", "1e3", "0x1F", ".inf", "- item", "[liste]", "{a: b}",
                "&ancre", "*alias", "!tag", "%directive", "@julie", "`code`", "\"Julie\"", "# dièse", "Zoé « Z » #1", "a: b # c",
                "José\u{301}", "👩\u{200D}⚕️ Zoé",
            ]
            for (index, name) in accepted.enumerated() {
                let response = RawHTTP.post(port: port, IntakeAbuseTests.fields(["name": name, "message": "Message numéro \(index)."]))
                #expect(response?.status == 303, "\(name): \(response.map { "\($0.status) \($0.body.prefix(300))" } ?? "no answer")")
            }
            let spool = try Spool(folder: service.spool.path)
            var names: [String] = []
            for comment in spool.pending() {
                let file = SourceFile(path: comment.path, bytes: try spool.text(of: comment))
                let (parsed, diagnostics) = CommentParser.parse(file, config: Self.readBack)
                #expect(!diagnostics.contains { $0.severity == .error }, "\(comment.path): \(diagnostics)")
                names.append(parsed?.authorName ?? "(unreadable: \(String(decoding: file.bytes, as: UTF8.self)))")
            }
            let expected = accepted.map { TextNormalization.name($0) }
            #expect(names.sorted(by: codePointOrder) == expected.sorted(by: codePointOrder))

            let refused: [(String, String)] = [
                ("a tilde", "~"),
                ("zero-width spaces", "\u{200B}\u{200B}\u{200B}"),
                ("invisible formats", "\u{200B} \u{2060}\u{200D}"),
                ("Hangul fillers", "\u{3164}\u{3164}"),
                ("300 combining marks", String(repeating: "\u{301}", count: 300)),
                ("a letter under 300 marks", "a" + String(repeating: "\u{301}\u{316}", count: 150)),
            ]
            for (label, name) in refused {
                let response = RawHTTP.post(port: port, IntakeAbuseTests.fields(["name": name, "message": "Refusé : \(label)."]))
                #expect(response?.status == 422, "\(label): \(response.map { "\($0.status)" } ?? "no answer")")
                #expect(response?.body.contains("Votre nom") == true, "\(label)")
            }
            #expect(spool.pending().count == accepted.count, "nothing more was spooled")
        }
    }
}
