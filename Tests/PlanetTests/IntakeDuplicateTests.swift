import Foundation
@testable import PlanetIntake
import Testing

extension IntakeServiceTests {
    /// The same text sent twice, on the real binary: the second is a success that says the first is waiting for a
    /// moderator, never a second file, and never an error page; also after a crash that lost the first answer.
    @Suite struct IntakeDuplicateTests {
        static let already = "https://planete.example.org/alice/bonjour/#comment-already-received"

        @Test func theSameTextTwiceIsAlreadyReceived() async throws {
            let service = try await IntakeAbuseTests.Service()
            defer { service.stop() }
            let first = RawHTTP.post(port: service.intake.port, IntakeAbuseTests.fields(["message": "Le même texte."]))
            #expect(first?.status == 303 && ReaderLinkLocation.matches(first?.header("Location")))
            let twice = RawHTTP.post(port: service.intake.port, IntakeAbuseTests.fields(["message": "le  même TEXTE.", "name": "Julie"]))
            #expect(twice?.status == 303)
            #expect(twice?.header("Location") == Self.already)
            #expect(try service.spoolFiles().count == 1)
        }

        @Test func aCommentAcceptedBeforeAKillIsNotAcceptedAgainAfterARestart() async throws {
            let folder = try Run.temporaryFolder("planet-intake-restart")
            defer { try? FileManager.default.removeItem(at: folder) }
            let site = folder.appendingPathComponent("site"), spool = folder.appendingPathComponent("spool")
            try Run.write(Fixtures.withMinimalSite(IntakeAbuseTests.site), to: site)
            let fields = IntakeAbuseTests.fields(["message": "Envoyé juste avant la panne."])

            let before = try await IntakeProcess.start(site: site, spool: spool, arguments: ["--deliver", "directory"])
            #expect(ReaderLinkLocation.matches(RawHTTP.post(port: before.port, fields)?.header("Location")))
            before.kill()

            let after = try await IntakeProcess.start(site: site, spool: spool, arguments: ["--deliver", "directory"])
            defer { after.stop() }
            let again = RawHTTP.post(port: after.port, fields)
            #expect(again?.status == 303)
            #expect(again?.header("Location") == Self.already)
            #expect(try Spool(folder: spool.path).pending().count == 1)
            let other = RawHTTP.post(port: after.port, IntakeAbuseTests.fields(["message": "Un autre texte."]))
            #expect(ReaderLinkLocation.matches(other?.header("Location")))
            #expect(try Spool(folder: spool.path).pending().count == 2)
        }
    }
}
