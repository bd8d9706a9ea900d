import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad
import PlanetTemplate
import Testing

/// A page value's fingerprint taken without its tree (`PendingValue(encoding:)`, through `FingerprintEncoder`) is the
/// tree's (`EncodedValue(encoding:)`): a rebuild compares it with the fingerprint the previous build took from the tree.
@Suite struct FingerprintEncoderTests {
    static func expectSame(_ value: some Encodable, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(PendingValue(encoding: value).fingerprint == EncodedValue(encoding: value).fingerprint, "\(label)", sourceLocation: sourceLocation)
        #expect(PendingValue(encoding: value, willRender: true).fingerprint == EncodedValue(encoding: value).fingerprint, "\(label)",
                sourceLocation: sourceLocation)
    }

    /// Seeded trees of every kind of value, with keys that snake case rewrites (`avatarURL`) or makes equal
    /// (`dateISO` and `date_iso`: the last one written wins).
    @Test(arguments: 1...40)
    func randomTrees(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        Self.expectSame(Self.randomValue(&generator, depth: 0), "seed \(seed)")
    }

    static func randomValue(_ generator: inout SeededGenerator, depth: Int) -> TemplateValue {
        let keys = ["title", "avatarURL", "avatar_url", "dateISO", "date_iso", "x", "", "é"]
        switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .int(Int.random(in: Int.min...Int.max, using: &generator))
        case 3: return .double(Double.random(in: -1e9...1e9, using: &generator))
        case 4: return .string(String(repeating: "é<a>𝄞", count: Int.random(in: 0...3, using: &generator)))
        case 5: return .list((0..<Int.random(in: 0...4, using: &generator)).map { _ in randomValue(&generator, depth: depth + 1) })
        default:
            var object = TemplateObject()
            for _ in 0..<Int.random(in: 0...5, using: &generator) {
                object[keys.randomElement(using: &generator)!] = randomValue(&generator, depth: depth + 1)
            }
            return .object(object)
        }
    }

    struct Fields: Encodable, Hashable, Sendable {
        var avatarURL = "/a.png"
        var count: Int?
        var small: UInt8 = 7
        var large: UInt64 = .max
        var ratio: Float = 0.5
        var tags = ["a", "b"]
    }

    /// Writes through every kind of container: nested ones filled after their parent's other fields, a super
    /// encoder, a single value that encodes a value, a keyed container that becomes a list, and a field written twice.
    struct Containers: Encodable {
        enum Key: String, CodingKey { case nested, list, superField, same }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: .nested)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try container.encode("first", forKey: .same)
            try nested.encode(1, forKey: .same)
            try list.encode(Fields())
            var inner = list.nestedUnkeyedContainer()
            try inner.encode(true)
            try inner.encodeNil()
            var keyedInList = list.nestedContainer(keyedBy: Key.self)
            try keyedInList.encode(Int8(-3), forKey: .list)
            try Fields(count: 2).encode(to: container.superEncoder(forKey: .superField))
            try Fields().encode(to: container.superEncoder())
            try container.encode("second", forKey: .same)
        }
    }

    struct BecomesAList: Encodable {
        func encode(to encoder: any Encoder) throws {
            var keyed = encoder.container(keyedBy: Containers.Key.self)
            try keyed.encode("gone", forKey: .same)
            var list = encoder.unkeyedContainer()
            try list.encode("kept")
            var single = encoder.singleValueContainer()
            try single.encode(Fields())
        }
    }

    struct FailsHalfway: Encodable {
        struct Failure: Error {}
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Containers.Key.self)
            try container.encode("written", forKey: .same)
            throw Failure()
        }
    }

    @Test func everyKindOfContainer() {
        Self.expectSame(Fields(), "fields")
        Self.expectSame(Containers(), "containers")
        Self.expectSame(BecomesAList(), "a keyed container, then a list, then a single value")
        Self.expectSame(FailsHalfway(), "an encoding that throws")
        Self.expectSame(Merged(Fields(count: 1), Fields(avatarURL: "", count: nil, tags: [])), "merged, the addition winning")
        Self.expectSame([Shared(Fields()), Shared(Fields(count: 3))], "shared values")
        Self.expectSame(Merged(EncodedValue(encoding: Fields()), Fields(count: 4)), "an encoded value merged with fields")
        #expect(PendingValue(encoding: Fields()).fingerprint != PendingValue(encoding: Fields(count: 1)).fingerprint)
    }

    /// Every fixture site and the sample site built twice, the second time against the first's fingerprints (taken from
    /// trees): every page and feed comes out unchanged, its fingerprint taken without a tree.
    @Test func aRebuildOfEveryFixtureSiteFindsEveryPageUnchanged() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.fixtures.path).filter { $0.hasSuffix(".site") }.sorted()
        var sites = try names.map { name in (name, Fixtures.input(TextBundle.parse(try Fixtures.text(of: name)))) }
        sites.append(("sample-site", try SiteLoader.load(folder: Fixtures.sampleSite.path)))
        var compared = 0
        for (name, (input, diagnostics)) in sites {
            let first = BuildPipeline.run(input, loadDiagnostics: diagnostics, options: .init(keepGoing: true, now: Fixtures.now))
            let fingerprints = Dictionary(first.files.compactMap { file in file.fingerprint.map { (file.path, $0) } }, uniquingKeysWith: { $1 })
            let second = BuildPipeline.run(
                input, loadDiagnostics: diagnostics,
                options: .init(keepGoing: true, now: Fixtures.now, previousFingerprints: fingerprints, buildCache: first.buildCache))
            let changed = second.files.filter { $0.fingerprint != nil && $0.content != .unchanged }.map(\.path)
            #expect(changed.isEmpty, "\(name): \(changed.prefix(5))")
            compared += fingerprints.count
        }
        #expect(compared > 200)
    }
}
