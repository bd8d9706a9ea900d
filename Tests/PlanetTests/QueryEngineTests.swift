import PlanetCore
import PlanetEngine
import Synchronization
import Testing

/// The query engine on a small graph: inputs `text(name)` and `names`; `length(name)` reads a text, `total` reads
/// the names and every length, `loud(name)` reads a text, `loudTotal` reads the names and every `loud`.
@Suite struct QueryEngineTests {
    enum Key: QueryKey, CustomStringConvertible {
        case text(String), names, length(String), total, loud(String), loudTotal

        var isInput: Bool {
            switch self {
            case .text, .names: true
            default: false
            }
        }

        var description: String {
            switch self {
            case .text(let name): "text(\(name))"
            case .names: "names"
            case .length(let name): "length(\(name))"
            case .total: "total"
            case .loud(let name): "loud(\(name))"
            case .loudTotal: "loudTotal"
            }
        }
    }

    static func fingerprint(_ text: String) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine(text)
        return fingerprint.value
    }

    static func value(_ number: Int) -> QueryValue { QueryValue(number, fingerprint: UInt64(bitPattern: Int64(number))) }
    static func value(_ text: String) -> QueryValue { QueryValue(text, fingerprint: fingerprint(text)) }
    static func value(_ names: [String]) -> QueryValue { QueryValue(names, fingerprint: fingerprint(names.joined(separator: "\n"))) }

    static func rule(_ key: Key, _ context: QueryContext<Key>) -> QueryValue {
        switch key {
        case .text, .names: preconditionFailure("an input")
        case .length(let name): return value(context.value(.text(name), as: String.self)?.count ?? -1)
        case .total:
            let names = context.value(.names, as: [String].self) ?? []
            return value(names.map { context.value(.length($0), as: Int.self) ?? 0 }.reduce(0, +))
        case .loud(let name): return value(context.value(.text(name), as: String.self)?.uppercased() ?? "")
        case .loudTotal:
            let names = context.value(.names, as: [String].self) ?? []
            return value(names.map { context.value(.loud($0), as: String.self) ?? "" }.joined(separator: " "))
        }
    }

    static func engine(options: QueryEngine<Key>.Options = .init()) -> QueryEngine<Key> {
        let engine = QueryEngine<Key>(options: options, rule: rule)
        engine.set([.names: value(["a", "b"]), .text("a"): value("one"), .text("b"): value("three")])
        return engine
    }

    static func computed(_ engine: QueryEngine<Key>) -> [String] { engine.computedKeys.map(\.description).sorted() }

    @Test func computesFromInputs() {
        let engine = Self.engine()
        #expect(engine.value(.total, as: Int.self) == 8)
        #expect(engine.value(.loudTotal, as: String.self) == "ONE THREE")
        #expect(Self.computed(engine) == ["length(a)", "length(b)", "loud(a)", "loud(b)", "loudTotal", "total"])
        #expect(engine.staleKeys().isEmpty)
    }

    @Test func nothingRunsAgainWithoutAChange() {
        let engine = Self.engine()
        _ = engine.value(.total)
        let revision = engine.revision
        #expect(engine.set([.text("a"): Self.value("one")]).isEmpty)
        #expect(engine.revision == revision)
        #expect(engine.value(.total, as: Int.self) == 8)
        #expect(Self.computed(engine) == ["length(a)", "length(b)", "total"])
    }

    @Test func anEditWithTheSameLengthStopsAtTheLength() {
        let engine = Self.engine()
        _ = engine.value(.total)
        _ = engine.value(.loudTotal)
        #expect(engine.set([.text("a"): Self.value("two")]).map(\.description) == ["text(a)"])
        #expect(engine.value(.total, as: Int.self) == 8)
        #expect(engine.value(.loudTotal, as: String.self) == "TWO THREE")
        #expect(Self.computed(engine) == ["length(a)", "loud(a)", "loudTotal"])
        #expect(engine.staleKeys().isEmpty)
    }

    @Test func anEditThatChangesTheLengthReachesTheTotal() {
        let engine = Self.engine()
        _ = engine.value(.total)
        engine.set([.text("b"): Self.value("three!")])
        #expect(engine.value(.total, as: Int.self) == 9)
        #expect(Self.computed(engine) == ["length(b)", "total"])
    }

    @Test func addingAndRemovingInputs() {
        let engine = Self.engine()
        _ = engine.value(.total)
        engine.set([.names: Self.value(["a", "b", "c"]), .text("c"): Self.value("four")])
        #expect(engine.value(.total, as: Int.self) == 12)
        #expect(Self.computed(engine) == ["length(c)", "total"])
        engine.set([.text("c"): nil])
        #expect(engine.value(.length("c"), as: Int.self) == -1)
        #expect(engine.value(.total, as: Int.self) == 7)
        engine.set([.names: Self.value(["a"]), .text("b"): nil, .text("c"): nil])
        #expect(engine.value(.total, as: Int.self) == 3)
        #expect(engine.staleKeys().isEmpty)
    }

    @Test func aKeyReadBeforeItIsSetChangesWhenSet() {
        let engine = Self.engine()
        #expect(engine.value(.length("z"), as: Int.self) == -1)
        engine.set([.text("z"): Self.value("zz")])
        #expect(engine.value(.length("z"), as: Int.self) == 2)
    }

    @Test func verifyModeReportsAReadLeftUnrecorded() {
        let engine = Self.engine(options: .init(dropsReads: { key in if case .text = key { true } else { false } }))
        _ = engine.value(.total)
        _ = engine.value(.loudTotal)
        #expect(engine.staleKeys().isEmpty)
        engine.set([.text("a"): Self.value("seven")])
        #expect(engine.value(.total, as: Int.self) == 8)
        #expect(engine.staleKeys().map(\.description).sorted() == ["length(a)", "loud(a)", "loudTotal", "total"])
    }

    @Test func concurrentQueriesAgree() {
        let engine = QueryEngine<Key>(rule: Self.rule)
        let names = (0..<200).map { "n\($0)" }
        var inputs: [Key: QueryValue?] = [.names: Self.value(names)]
        for name in names { inputs[.text(name)] = Self.value(String(repeating: "x", count: name.count)) }
        engine.set(inputs)
        let totals = Array(0..<64).parallelMap { index in
            index % 2 == 0 ? engine.value(.total, as: Int.self) ?? 0 : engine.value(.length(names[index]), as: Int.self) ?? 0
        }
        #expect(totals.enumerated().allSatisfy { $0.element == ($0.offset % 2 == 0 ? 690 : names[$0.offset].count) })
        engine.set([.text("n7"): Self.value("")])
        let again = Array(0..<16).parallelMap { _ in engine.value(.total, as: Int.self) ?? 0 }
        #expect(again == Array(repeating: 688, count: 16))
        #expect(engine.staleKeys().isEmpty)
    }
}
