import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

extension IntakeServiceTests {
    /// The HTTP layer of `planet intake` (the real binary) against requests built to stop it: heads far beyond
    /// their bounds, ambiguous framing, and more connections than the process has file descriptors.
    @Suite struct IntakeHTTPTests {
        typealias Service = IntakeAbuseTests.Service

        /// One request on its own connection, written as given.
        static func raw(port: UInt16, _ request: String, body: Data = Data()) -> RawHTTP.Response? {
            guard let descriptor = RawHTTP.connect(port: port) else { return nil }
            defer { close(descriptor) }
            RawHTTP.write(descriptor, Data(request.utf8) + body)
            return RawHTTP.readResponse(descriptor)
        }

        static func post(headers: String, body: String = "post=alice%2Fbonjour&name=Julie&message=Bonjour&answer=7") -> String {
            "POST /comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\(headers)\r\n\(body)"
        }

        /// FlyingFox read header lines byte by byte into a growing buffer: two 256 KiB lines stopped every route for
        /// 54 s. Now a line past 8 KiB, a head past 64 KiB or 100 fields is answered at once, and /healthz never waits.
        @Test func oversizedHeadsAreRefusedAtOnceAndNeverStopTheService() async throws {
            let service = try await Service()
            defer { service.stop() }
            let port = service.intake.port
            let huge = String(repeating: "a", count: 256 * 1024)
            let flood = await withTaskGroup(of: Int?.self) { group in
                for _ in 0..<2 {
                    group.addTask { await offPool { Self.raw(port: port, Self.post(headers: "X-Padding: \(huge)\r\n"))?.status } }
                }
                group.addTask { await offPool { RawHTTP.request(port: port, method: "GET", path: "/healthz")?.status } }
                var statuses: [Int?] = []
                for await status in group { statuses.append(status) }
                return statuses.sorted { ($0 ?? 0) < ($1 ?? 0) }
            }
            #expect(flood == [200, 431, 431], "two huge heads get 431 and /healthz is answered beside them, before its socket gives up")
            let manyFields = (0..<101).map { "X-Field-\($0): 1\r\n" }.joined()
            let wideHead = (0..<70).map { "X-Wide-\($0): \(String(repeating: "b", count: 1000))\r\n" }.joined()
            let cases: [(String, String, Int)] = [
                ("a 1 MiB header line", Self.post(headers: "X-Padding: \(String(repeating: "c", count: 1 << 20))\r\n"), 431),
                ("a header line just over 8 KiB", Self.post(headers: "X-Padding: \(String(repeating: "d", count: 8 * 1024))\r\n"), 431),
                ("101 header fields", Self.post(headers: manyFields), 431),
                ("a 70 KiB head of 1 KB lines", Self.post(headers: wideHead), 431),
                ("a 16 KiB request line", "GET /healthz?\(String(repeating: "e", count: 16 * 1024)) HTTP/1.1\r\nHost: x\r\n\r\n", 414),
                ("a header line of 8,000 bytes", "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Ok: \(String(repeating: "f", count: 8000))\r\n\r\n", 200),
            ]
            for (name, request, status) in cases {
                let response = await offPool { Self.raw(port: port, request) }
                #expect(response?.status == status, "\(name): \(response.map { "\($0.status)" } ?? "no answer")")
            }
            #expect(try service.spoolFiles().isEmpty)
            #expect(RawHTTP.request(port: port, method: "GET", path: "/healthz")?.status == 200)
        }

        /// Requests whose length two parsers could read differently (request smuggling) are refused with 400.
        @Test func ambiguousFramingIsRefused() async throws {
            let service = try await Service()
            defer { service.stop() }
            let port = service.intake.port
            let body = "post=alice%2Fbonjour&name=Julie&message=Bonjour&answer=7"
            let cases: [(String, String)] = [
                ("duplicate Content-Length", "Content-Length: \(body.utf8.count)\r\nContent-Length: \(body.utf8.count)\r\n"),
                ("signed Content-Length", "Content-Length: +\(body.utf8.count)\r\n"),
                ("space before a colon", "Transfer-Encoding : chunked\r\nContent-Length: \(body.utf8.count)\r\n"),
                ("both lengths", "Content-Length: \(body.utf8.count)\r\nTransfer-Encoding: chunked\r\n"),
                ("a folded line", "Content-Length: \(body.utf8.count)\r\nX-Folded: a\r\n b\r\n"),
                ("Content-Length in hexadecimal", "Content-Length: 0x38\r\n"),
            ]
            for (name, headers) in cases {
                let response = await offPool { Self.raw(port: port, Self.post(headers: headers, body: body)) }
                #expect(response?.status == 400, "\(name): \(response.map { "\($0.status)" } ?? "no answer")")
            }
            #expect(try service.spoolFiles().isEmpty)
            let plain = await offPool { Self.raw(port: port, Self.post(headers: "Content-Length: \(body.utf8.count)\r\n", body: body)) }
            #expect(plain?.status == 303)
        }

        /// FlyingFox's accept loop ended on EMFILE and the process lived on, deaf. Now connections are capped below the
        /// descriptor limit, the rest wait in the kernel's queue, and the service answers again once the flood ends.
        @Test func moreConnectionsThanDescriptorsNeverCloseThePort() async throws {
            let folder = try Run.temporaryFolder("planet-intake-fds")
            defer { try? FileManager.default.removeItem(at: folder) }
            try Run.write(Fixtures.withMinimalSite(IntakeAbuseTests.site), to: folder.appendingPathComponent("site"))
            let process = try BackgroundProcess(
                "/usr/bin/prlimit", ["--nofile=128:128", Run.planet, "intake", folder.appendingPathComponent("site").path,
                                     "--listen", "127.0.0.1:0", "--spool", folder.appendingPathComponent("spool").path, "--idle-timeout", "2"])
            defer { process.terminate() }
            guard await IntakeProcess.wait(timeout: 30, for: { process.output.contains(" comment(s) waiting") }),
                  let match = process.output.firstMatch(of: #/listening on 127\.0\.0\.1:(\d+)/#), let port = UInt16(match.1) else {
                Issue.record("planet intake did not start: \(process.output)")
                return
            }
            // 300 silent connections against 128 descriptors.
            let held = await offPool { (0..<300).compactMap { _ in RawHTTP.connect(port: port, timeout: 20) } }
            #expect(held.count == 300, "the kernel queues what the service does not accept yet")
            let during = await offPool { RawHTTP.request(port: port, method: "GET", path: "/healthz", headers: [:]) }
            #expect(during?.status == 200, "served in its turn while 300 connections are held")
            for descriptor in held { close(descriptor) }
            let after = await offPool { (0..<20).map { _ in RawHTTP.request(port: port, method: "GET", path: "/healthz")?.status } }
            #expect(after == Array(repeating: 200, count: 20))
            #expect(process.isRunning)
            let comment = RawHTTP.post(port: port, IntakeAbuseTests.fields())
            #expect(comment?.status == 303)
        }
    }
}
