import Foundation
import PlanetCore
import PlanetLoad
import PlanetParse
@testable import PlanetIntake
import Testing

/// The intake's small rules: the name rule it shares with the build, the log's escaping, where a form may come
/// from, and what `/healthz` says.
@Suite struct IntakeRuleTests {
    @Test func aNameNeedsAVisibleLetterOrDigitAndFewMarks() {
        for name in ["Julie R.", "Zoé", "李小龙", "محمد", "R2", "Nguyễn Thị Ánh", "ש\u{5B8}\u{5C1}\u{5B4}", "👩\u{200D}⚕️ Léa", "x"] {
            #expect(CommentAuthorName.problem(of: name) == nil, "\(name)")
        }
        for name in ["\u{200B}\u{200B}", "\u{3164}", "\u{2060} \u{FEFF}", "— ! —", "🙂", "\u{301}\u{301}", ""] {
            #expect(CommentAuthorName.problem(of: name) == .noVisibleLetterOrDigit, "\(name.unicodeScalars.map(\.value))")
        }
        #expect(CommentAuthorName.problem(of: "a" + String(repeating: "\u{301}", count: 9)) == .tooManyMarks(maximum: 8))
        #expect(CommentAuthorName.problem(of: "a" + String(repeating: "\u{301}", count: 8)) == nil)
        #expect(CommentAuthorName.problem(of: String(repeating: "ab", count: 201)) == .tooManyScalars(maximum: 400))
    }

    @Test func theBuildRefusesTheNamesTheIntakeRefuses() {
        let config = SiteConfig(title: "T", baseURL: "https://planete.example.org")
        for name in ["\\u200B\\u200B", "\\u3164", "a\(String(repeating: "\\u0301", count: 20))"] {
            let file = SourceFile(path: "comments/alice/bonjour/x.md", bytes: Data("---\nauthor: \"\(name)\"\ndate: 2024-03-05T10:00:00Z\n---\nx\n".utf8))
            let (comment, diagnostics) = CommentParser.parse(file, config: config)
            #expect(comment == nil, "\(name)")
            let refused = diagnostics.contains { $0.severity == .error && ($0.message.hasPrefix("`author`") || $0.message.hasPrefix("missing `author`")) }
            #expect(refused, "\(diagnostics)")
        }
    }

    @Test func logTextIsOneShortLineOfPrintableASCII() {
        #expect(LogText.escaped("/comments") == "/comments")
        #expect(LogText.escaped("/x\r\n2026 forged\u{1B}[31m") == "/x\\x0D\\x0A2026 forged\\x1B[31m")
        #expect(LogText.escaped("/é\\") == "/\\xC3\\xA9\\x5C")
        let long = LogText.escaped("/" + String(repeating: "é", count: 1000))
        #expect(long.hasSuffix("…") && long.utf8.count <= LogText.requestLimit + "…".utf8.count)
        #expect(LogText.escaped(String(repeating: "a", count: 200)) == String(repeating: "a", count: 200))
        #expect(LogText.line("a\nb\u{2028}c é") == "a\\u{A}b\\u{2028}c é")
        #expect(LogText.line(String(repeating: "x", count: 5000)).utf8.count <= LogText.lineLimit + 3)
    }

    @Test func formsComeFromTheSiteOrTheService() {
        let site = IntakeValidationTests.site
        #expect(FormOrigin.allows(origin: nil, referer: nil, site: site))
        #expect(FormOrigin.allows(origin: "https://planete.example.org", referer: nil, site: site))
        #expect(FormOrigin.allows(origin: "https://commentaires.example.org", referer: "https://ailleurs.example/", site: site))
        #expect(FormOrigin.allows(origin: nil, referer: "https://planete.example.org/alice/bonjour/", site: site))
        for origin in ["null", "", "https://ailleurs.example", "http://planete.example.org", "https://planete.example.org.ailleurs.example"] {
            #expect(!FormOrigin.allows(origin: origin, referer: "https://planete.example.org/", site: site), "\(origin)")
        }
        #expect(!FormOrigin.allows(origin: nil, referer: "https://ailleurs.example/planete.example.org", site: site))
    }

    @Test func healthTellsEachProblem() {
        #expect(ServiceHealth().report == "ok\n")
        let files = (1...12).map { "comments/alice/bonjour/\($0).md" }
        let health = ServiceHealth(git: "git pull timed out after 60 s", reload: nil, filesWithErrors: files)
        #expect(health.report == """
            degraded: git pull timed out after 60 s
            degraded: the site is read without 12 file(s) with errors: \(files.prefix(10).joined(separator: ", ")) and 2 more

            """)
    }
}
