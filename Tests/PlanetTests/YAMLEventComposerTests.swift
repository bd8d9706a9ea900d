import Foundation
import PlanetCore
@testable import PlanetParse
import Testing
import Yams

@Suite struct YAMLEventComposerTests {
    /// Front matters of every kind the composer reads itself: scalars of each style, numbers, true or false, nulls,
    /// dates, lists, nested mappings, Unicode, tabs, CRLF line ends, comments and long lines.
    static let composed: [String] = [
        "title: Bonjour\ndate: 2024-03-01\n",
        "title: 'L''été'\nsummary: \"Guillemets \\\"doubles\\\" et \\u00e9 \\t tab\"\n",
        "body: |\n  ligne 1\n\n  ligne 2\n\n\nnext: x\n",
        "body: |+\n  gardé\n\n\nnext: x\n",
        "body: |-\n  coupé\n\nnext: x\n",
        "body: >\n  plié\n  en une\n\n  autre\n",
        "body: >+\n  plié\n\n",
        "body: >-\n  plié\n  court\n",
        "body: |2\n    indenté\n",
        "a: 12\nb: 0x1F\nc: 1_000\nd: 1:30\ne: 012\nf: -3\ng: '12'\nh: 1.5\ni: +7\nj: 0b101\nk: 0o17\nl: 99999999999999999999\n",
        "a: yes\nb: no\nc: true\nd: on\ne: Off\nf: TRUE\ng: tRUE\nh: \"yes\"\ni: y\nj: 'false'\nk: |\n  true\n",
        "a: ~\nb: null\nc:\nd: ''\ne: \"\"\nf: NULL\ng: Null\nh: nULL\n",
        "date: 2024-03-01 10:00:00 +01:00\nupdated: 2024-03-01T10:00:00Z\nday: 2024-3-1\n",
        "title: Post\ncomments:\n  enabled: yes\n  until: 2024-01-01\n  nested:\n    deep: [1, 2]\n",
        "tags: [a, b, 'c d', \"e\"]\nempty: []\nmap: {}\nflow: {x: 1, y: [2, 3]}\n",
        "tags:\n  - a\n  - b\n  -\n  - [c, d]\n  - {e: f}\n",
        "tags:\n- santé\n- hiver\n",
        "links:\n  - title: A\n    url: https://example.org/a?b=c#d\n  - plain item\n  - [x]\n",
        "authors:\n  - name: A\n    roles: [x, y]\n    site: ~\n  - B\n  - {name: C, roles: z}\n",
        "title: « Été » à l’hôpital — œuvre, cœur & naïveté\nrésumé: Ça va ? Oui !\n日本: 東京\nemoji: 😀 👍🏽\n",
        "tags: Santé, Hiver\ncats: [é, ü]\nplace: {é: [à, ü], ö: ø}\n",
        "title:\ttab après\t\nsummary: \"tab\tdedans\"\nnote: a\tb\t# commentaire\nbody: |\n  a\ttab\n",
        "title: CRLF\r\ndate: 2024-01-01\r\ntags:\r\n  - a\r\n  - b\r\nbody: |\r\n  l1\r\n  l2\r\n",
        "title: milieu \u{FEFF} du texte\n",
        "# un commentaire\ntitle: A # après\n# fin\ntags: [a, # dedans\n  b]\n",
        "title: " + String(repeating: "mot très long ", count: 3000) + "\nnext: x\n",
        "summary: " + String(repeating: "é", count: 20_000) + "\n",
        "title: plusieurs\n  lignes\n  pliées\nnext: \"guillemets\n  sur deux lignes\"\n",
        "2024: année\n~: tilde\n'': vide\n1.5: flottant\ntrue: vrai\n",
        "%YAML 1.1\n---\ntitle: directive\n",
        "---\ntitle: début explicite\n...\n",
        "title: \"\\x41\\u00e9\\U0001F600\\N\\_\\L\\P\"\n",
        "a: [[[[[[[[[[deep]]]]]]]]]]\n",
        "? simple\n: explicite\n",
        "key with spaces: v\n\"quoted key\": w\n'single': x\n",
        "aliases: /old/path.html\nslug: mon-billet\ndraft: false\nlang: fr\n",
    ]

    /// Front matters the composer leaves to Yams: errors, anchors and aliases, tags, keys that are not texts,
    /// merge keys, a key twice, several documents, a root that is not a mapping, nothing, a byte order mark.
    static let leftToYams: [String] = [
        "",
        "# rien\n",
        "title: [\n",
        "title: \"jamais fermé\n",
        "title: 'jamais fermé\n",
        "title: {a: 1\n",
        "title: a: b\n",
        "title: x\n  bad: y\n",
        "\ttitle: tab\n",
        "body: |\n  \tindenté d'une tabulation\n",
        "title: A\n- item\n",
        "- a\n- b\n",
        "juste du texte\n",
        "a: &x 1\nb: *x\n",
        "a: *nope\n",
        "base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n",
        "<<: x\n",
        "a: !!str 12\n",
        "a: !custom x\n",
        "a: !!bool yes\n",
        "a: ! x\n",
        "a: !!seq [x]\n",
        "a: !!map {x: 1}\n",
        "? [a, b]\n: c\n",
        "? {a: 1}\n: b\n",
        "a: 1\na: 2\n",
        "a: 1\n'a': 2\n",
        "m:\n  x: 1\n  x: 2\n",
        "l:\n  - x: 1\n    x: 2\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n---\nb: 2\n",
        "a: 1\n---\n[\n",
        "title: \"\\uFEFFdébut\"\n",
        "title: \"\\xZZ\"\n",
        "title: \"\\uD800\"\n",
        "a: b\u{0}c\n",
        "a: \u{7}\n",
        "title: @réservé\n",
        "title: `réservé`\n",
        "a: %\n",
        "%TAG ! tag:example.org,2024:\n---\na: !x y\n",
    ]

    @Test func composedFrontMattersAreReadThroughEvents() {
        for yaml in Self.composed {
            #expect(YAMLEventComposer.compose(yaml, maximumNodes: YAMLFields.maximumNodes) != nil, "\(yaml.prefix(60))")
        }
        for yaml in Self.leftToYams {
            #expect(YAMLEventComposer.compose(yaml, maximumNodes: YAMLFields.maximumNodes) == nil, "\(yaml.prefix(60))")
        }
    }

    @Test func eventsAndYamsGiveTheSameFields() {
        for yaml in Self.composed + Self.leftToYams {
            for firstLine in [1, 2] {
                #expect(Self.transcript(yaml, firstLine: firstLine, events: true) == Self.transcript(yaml, firstLine: firstLine, events: false),
                        "\(yaml.prefix(60))")
            }
        }
    }

    @Test func fixturesAndTheSampleSiteGiveTheSameFields() throws {
        var files = 0
        for folder in [Fixtures.fixtures, Fixtures.sampleSite] {
            let paths = try #require(FileManager.default.subpaths(atPath: folder.path)).sorted()
            for path in paths where [".md", ".yml", ".yaml"].contains(where: path.hasSuffix) {
                let data = try Data(contentsOf: folder.appendingPathComponent(path))
                guard let text = String(data: data, encoding: .utf8) else { continue }
                let source = SourceText(path: path, text: text)
                let (yaml, firstLine) = path.hasSuffix(".md")
                    ? ((try? FrontMatter.split(source).get()).map { ($0.yaml, $0.yamlFirstLine) } ?? (text, 1)) : (text, 1)
                #expect(Self.transcript(yaml, firstLine: firstLine, events: true) == Self.transcript(yaml, firstLine: firstLine, events: false),
                        "\(path)")
                files += 1
            }
        }
        #expect(files > 50)
    }

    /// The front matters above, each changed a few times at random (characters that matter to YAML put in,
    /// characters taken out, lines swapped), read both ways.
    @Test func mutatedFrontMattersGiveTheSameFields() {
        var generator = SeededGenerator(seed: 26)
        let pieces = [":", " ", "\n", "\t", "-", "[", "]", "{", "}", ",", "'", "\"", "#", "&a", "*a", "!", "!!str ", "|", ">", "?",
                      "<<", "~", "\r\n", "é", "---", "...", "%", "\\", "yes", "0x", "  ", "\u{FEFF}"]
        let seeds = Self.composed.filter { $0.utf8.count < 2_000 } + Self.leftToYams
        var throughEvents = 0
        for round in 0..<1_500 {
            var scalars = Array(seeds[round % seeds.count].unicodeScalars)
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = scalars.isEmpty ? 0 : Int.random(in: 0...scalars.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: scalars.insert(contentsOf: pieces.randomElement(using: &generator)!.unicodeScalars, at: index)
                case 1: if index < scalars.count { scalars.remove(at: index) }
                default:
                    var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
                    lines.shuffle(using: &generator)
                    scalars = Array(lines.joined(separator: "\n").unicodeScalars)
                }
            }
            let yaml = String(String.UnicodeScalarView(scalars))
            if YAMLEventComposer.compose(yaml, maximumNodes: YAMLFields.maximumNodes) != nil { throughEvents += 1 }
            #expect(Self.transcript(yaml, firstLine: 2, events: true) == Self.transcript(yaml, firstLine: 2, events: false), "\(yaml)")
        }
        #expect(throughEvents > 300)
    }

    @Test func readsValuesStylesAndMarks() throws {
        let yaml = "title: 'L''été'\ntags: [santé, \"hiver\"]\ncomments:\n  enabled: yes\nbody: |-\n  a\n  b\n"
        let root = try #require(YAMLEventComposer.compose(yaml, maximumNodes: 100))
        #expect((root.line, root.column) == (1, 1))
        let pairs = try #require(root.pairs)
        #expect(pairs.map { $0.key.text } == ["title", "tags", "comments", "body"])
        #expect(pairs.map { [$0.key.line, $0.key.column, $0.value.line, $0.value.column] } == [[1, 1, 1, 8], [2, 1, 2, 7], [3, 1, 4, 3], [5, 1, 5, 7]])
        guard case .scalar("L'été", .singleQuoted, nil) = pairs[0].value.content else {
            Issue.record("title is \(pairs[0].value.content)")
            return
        }
        let tags = try #require(pairs[1].value.items)
        #expect(tags.map(\.text) == ["santé", "hiver"])
        #expect(tags.map { [$0.line, $0.column] } == [[2, 8], [2, 15]])
        #expect(tags.map(\.isPlain) == [true, false])
        #expect(pairs[2].value.pairs?.first?.value.bool == true)
        #expect(pairs[3].value.text == "a\nb")
    }

    @Test func readsTheCommonValuesAsYamsDoes() throws {
        var diagnostics: [Diagnostic] = []
        let yaml = "a: yes\nb: 'yes'\nc: 0x1F\nd: '12'\ne: ~\nf: ''\ng: 1_000\n"
        var fields = try #require(YAMLFields(yaml: yaml, firstLine: 2, source: SourceText(path: "p.md", text: "---\n" + yaml), diagnostics: &diagnostics))
        #expect(fields.bool("a") == true)
        #expect(fields.bool("b") == nil)
        #expect(fields.int("c", range: 0...100) == 31)
        #expect(fields.int("d", range: 0...100) == nil)
        #expect(!fields.has("e"))
        #expect(fields.has("f"))
        #expect(fields.int("g", range: 0...10_000) == 1000)
        #expect(fields.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
            "3:4 `b` must be true or false", "5:4 `d` must be a whole number from 0 to 100",
        ])
    }

    /// `bool` on both paths gives exactly what Yams' own `Node.bool` gave before the composer (any case, `tRuE`
    /// included; nothing quoted, nor a block; an explicit tag as Yams reads it).
    @Test(arguments: [
        "yes", "Yes", "YES", "yEs", "no", "NO", "nO", "true", "True", "TRUE", "tRUE", "on", "On", "ON", "oN", "off", "Off",
        "OFF", "oFF", "y", "n", "1", "0", "~", "'yes'", "\"true\"", "|\n  true", ">\n  on", "!!bool tRuE", "!!str yes", "yes # c",
    ])
    func readsTrueOrFalseAsYamsDid(value: String) throws {
        let yaml = "a: \(value)\n"
        let expected = try Yams.compose(yaml: yaml)?.mapping?["a"]?.bool
        for events in [true, false] {
            var diagnostics: [Diagnostic] = []
            var fields = try #require(YAMLFields(
                yaml: yaml, firstLine: 2, source: SourceText(path: "p.md", text: "---\n" + yaml), diagnostics: &diagnostics, events: events))
            #expect(fields.bool("a") == expected, "\(value), events: \(events)")
        }
    }

    @Test func keepsTheLimitOnValues() {
        let keys = (0..<3).map { "k\($0): v\n" }.joined()
        #expect(YAMLEventComposer.compose(keys, maximumNodes: 7) != nil)
        #expect(YAMLEventComposer.compose(keys, maximumNodes: 6) == nil)
        let pairs = (0..<4_998).map { "k\($0): v\n" }.joined()
        #expect(YAMLEventComposer.compose(pairs + "last: [a]\n", maximumNodes: YAMLFields.maximumNodes) != nil)
        let tooLarge = pairs + "last: [a, b]\n"
        #expect(YAMLEventComposer.compose(tooLarge, maximumNodes: YAMLFields.maximumNodes) == nil)
        var diagnostics: [Diagnostic] = []
        let fields = YAMLFields(yaml: tooLarge, firstLine: 1, source: SourceText(path: "c.yml", text: tooLarge), diagnostics: &diagnostics)
        #expect(fields == nil)
        #expect(diagnostics.map(\.message) == ["YAML too large: more than 10000 values"])
    }

    @Test func leavesADuplicateKeyToYamsMessage() {
        var diagnostics: [Diagnostic] = []
        let yaml = "title: A\ntags: [a]\ntitle: B\n"
        #expect(YAMLFields(yaml: yaml, firstLine: 2, source: SourceText(path: "p.md", text: "---\n" + yaml), diagnostics: &diagnostics) == nil)
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } == ["2:1 invalid YAML: duplicate key title"])
    }

    /// Everything the public accessors of `YAMLFields` give for `yaml`, read through events or through Yams.
    static func transcript(_ yaml: String, firstLine: Int, events: Bool) -> String {
        let source = SourceText(path: "p.md", text: String(repeating: "---\n", count: firstLine - 1) + yaml)
        var diagnostics: [Diagnostic] = []
        guard let fields = YAMLFields(yaml: yaml, firstLine: firstLine, source: source, diagnostics: &diagnostics, events: events) else {
            return "nil \(rendered(diagnostics))"
        }
        var unknown = fields
        unknown.warnAboutUnknownKeys(known: ["title", "date"])
        return "diagnostics \(rendered(diagnostics))\nunknown \(rendered(unknown.diagnostics))\n" + transcript(fields, depth: 0)
    }

    private static func transcript(_ fields: YAMLFields, depth: Int) -> String {
        var lines = ["keys \(fields.keys)"]
        for key in fields.keys + ["absent"] {
            var each = fields
            lines.append("\(key): has \(each.has(key)) at \(each.location(of: key)) \(each.mark(of: key))")
            lines.append("  string \(String(describing: each.string(key))) required \(String(describing: each.requiredString(key, what: "x")))")
            lines.append("  bool \(String(describing: each.bool(key))) int \(String(describing: each.int(key, range: Int.min...Int.max)))")
            lines.append("  small \(String(describing: each.int(key, range: 0...10)))")
            lines.append("  list \(each.stringList(key)) located \(each.locatedStringList(key))")
            each.warnAboutCommaSeparatedText(key, item: "tag")
            lines.append("  mappings \(each.mappingList(key).map { $0.sorted { $0.key < $1.key } })")
            lines.append("  flexible \(each.flexibleList(key).map { $0.sorted { $0.key < $1.key } })")
            if depth < 4, let nested = each.mapping(key) {
                lines.append(transcript(nested, depth: depth + 1))
            }
            each.error("e", at: key)
            each.warning("w", at: key)
            lines.append("  diagnostics \(rendered(each.diagnostics))")
        }
        return lines.joined(separator: "\n")
    }

    private static func rendered(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { "\($0.severity) \($0.location.line):\($0.location.column) \($0.code ?? "-") \($0.rendered)" }.joined(separator: " | ")
    }
}
