import Foundation
import Testing

extension IntakeServiceTests {
    /// The rate limits on the real binary, networks simulated behind `--trust-proxy` with `X-Forwarded-For`: refusals
    /// count against the sender's network only, so junk from many networks never locks readers out; IPv6 networks
    /// that keep being refused are limited by their /32.
    @Suite struct IntakeRateTests {
        /// A request of one of the kinds junk takes, from `address`.
        static func junk(port: UInt16, from address: String, kind: Int) -> RawHTTP.Response? {
            let headers = ["X-Forwarded-For": "192.0.2.1, \(address)"]
            let body: Data = switch kind % 5 {
            case 0: RawHTTP.form(IntakeAbuseTests.fields(["answer": "6"]))
            case 1: RawHTTP.form(IntakeAbuseTests.fields(["post": "alice/inconnu-\(kind)"]))
            case 2: RawHTTP.form(IntakeAbuseTests.fields(["post": "../etc/passwd"]))
            case 3: Data("post=alice%2Fbonjour&message=%zz".utf8)
            default: RawHTTP.form(IntakeAbuseTests.fields(["website": "javascript:alert(1)"]))
            }
            return RawHTTP.request(port: port, body: body, headers: headers)
        }

        @Test func junkFromManyNetworksLeavesReadersTheirPlace() async throws {
            let service = try await IntakeAbuseTests.Service(["--trust-proxy"])
            defer { service.stop() }
            let port = service.intake.port
            let statuses = await offPool {
                var statuses: [Int: Int] = [:]
                for network in 0..<30 {
                    for attempt in 0..<7 {
                        let status = Self.junk(port: port, from: "198.51.\(network).7", kind: network + attempt)?.status ?? 0
                        statuses[status, default: 0] += 1
                    }
                }
                return statuses
            }
            #expect(statuses[303] == nil && statuses[0] == nil, "\(statuses)")
            #expect(statuses[429] == 60, "each network gets five refusals, then 429: \(statuses)")

            let reader = RawHTTP.request(
                port: port, body: RawHTTP.form(IntakeAbuseTests.fields(["message": "Enfin un vrai message."])),
                headers: ["X-Forwarded-For": "203.0.113.9"])
            #expect(reader?.status == 303, "\(reader.map { "\($0.status) \($0.body.prefix(200))" } ?? "no answer")")
            #expect(try service.spoolFiles().count == 1)
        }

        @Test func ipv6NetworksRefusedAgainAndAgainShareTheirSlash32() async throws {
            let service = try await IntakeAbuseTests.Service(["--trust-proxy"])
            defer { service.stop() }
            let port = service.intake.port
            // Two /48s of a /32 that nothing was refused to yet: five each before their 429.
            let apart = (0..<6).map { Self.junk(port: port, from: "2001:db8:a1::1", kind: $0)?.status }
                + (0..<6).map { Self.junk(port: port, from: "2001:db8:a2::1", kind: $0)?.status }
            #expect(apart == [422, 404, 400, 400, 422, 429, 422, 404, 400, 400, 422, 429])
            // A refusal to each of four /48s of another /32: from then on that /32 is one network, with one bucket.
            for subnet in 1...4 { #expect(Self.junk(port: port, from: "2001:db9:\(subnet)::1", kind: 0)?.status == 422) }
            let together = (0..<3).map { Self.junk(port: port, from: "2001:db9:f1::1", kind: $0)?.status }
                + (0..<3).map { Self.junk(port: port, from: "2001:db9:f2::1", kind: $0)?.status }
            #expect(together == [422, 404, 400, 422, 404, 429], "\(together)")
            // Another /32 is not concerned.
            let reader = RawHTTP.request(
                port: port, body: RawHTTP.form(IntakeAbuseTests.fields(["message": "Bonjour d’ailleurs."])),
                headers: ["X-Forwarded-For": "2001:db8:77::5"])
            #expect(reader?.status == 303)
        }
    }
}
