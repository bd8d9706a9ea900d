import Foundation
import Testing

extension IntakeServiceTests {
    /// What the service takes in and keeps, on the real binary: the body cap holds the 10,000 characters the form
    /// promises in any script, and a spool that cannot be written (a full disk) is a 503 that keeps the reader's text.
    @Suite struct IntakeStorageTests {
        @Test func tenThousandCharactersOfAnyScriptAreTaken() async throws {
            let service = try await IntakeAbuseTests.Service(["--rate-per-address", "1000", "--rate-global", "10000"])
            defer { service.stop() }
            let port = service.intake.port
            let cjk = String(repeating: "漢字仮名", count: 2_500)
            let emoji = String(repeating: "😀", count: 10_000)
            let flags = String(repeating: "🇫🇷", count: 10_000)
            #expect(cjk.count == 10_000 && emoji.count == 10_000 && flags.count == 10_000)
            for (label, message) in [("CJK", cjk), ("emoji", emoji), ("flags", flags)] {
                let response = RawHTTP.post(port: port, IntakeAbuseTests.fields(["message": message]))
                #expect(response?.status == 303, "\(label): \(response.map { "\($0.status)" } ?? "no answer")")
            }
            for (label, message) in [("CJK", cjk + "字"), ("emoji", emoji + "😀"), ("flags", flags + "🇧🇪")] {
                let response = RawHTTP.post(port: port, IntakeAbuseTests.fields(["message": message]))
                #expect(response?.status == 422, "\(label) + 1: \(response.map { "\($0.status)" } ?? "no answer")")
                #expect(response?.body.contains("Votre message est trop long") == true, "\(label) + 1")
            }
            #expect(try service.spoolFiles().count == 3)
        }

        @Test func aFullDiskIsA503ThatKeepsTheText() async throws {
            let folder = try Run.temporaryFolder("planet-intake-full")
            defer { try? FileManager.default.removeItem(at: folder) }
            let disk = folder.appendingPathComponent("disk")
            try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
            let mount = try Run.program("/bin/mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.path])
            try #require(mount.status == 0, "a small tmpfs is needed to fill a disk: \(mount.stderr)")
            defer { _ = try? Run.program("/bin/umount", [disk.path]) }
            let site = folder.appendingPathComponent("site")
            try Run.write(Fixtures.withMinimalSite(IntakeAbuseTests.site), to: site)
            let intake = try await IntakeProcess.start(
                site: site, spool: disk.appendingPathComponent("spool"), arguments: ["--deliver", "directory"])
            defer { intake.stop() }
            let filler = disk.appendingPathComponent("filler").path
            _ = try Run.program("/usr/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=4096"])

            let fields = IntakeAbuseTests.fields(["message": "Un message à garder au chaud."])
            let refused = try #require(RawHTTP.post(port: intake.port, fields))
            #expect(refused.status == 503)
            #expect(refused.header("Retry-After") != nil)
            #expect(refused.body.contains("ne peut pas enregistrer"), "\(refused.body)")
            #expect(refused.body.contains("\nUn message à garder au chaud.</textarea>"))
            // The log line is read from the intake's standard error, which may come after the answer.
            #expect(await IntakeProcess.wait(timeout: 10) { intake.output.contains("No space left on device") }, "\(intake.output)")

            // Room again: the same text is taken (it was not remembered as received).
            try FileManager.default.removeItem(atPath: filler)
            let accepted = RawHTTP.post(port: intake.port, fields)
            #expect(accepted?.status == 303)
            #expect(ReaderLinkLocation.matches(accepted?.header("Location")))
        }
    }
}
