import Foundation
import PlanetCore
import PlanetFiles
import PlanetLoad
import PlanetParse
import Testing

/// `repository:` and `comments:` in `planet.yaml`, and mention files (`kind: mention`).
@Suite struct CommentSettingsTests {
    static let baseConfig = "title: T\nbase_url: https://example.org\n"

    func config(_ yaml: String) -> (SiteConfig?, [String]) {
        let (config, diagnostics) = ConfigParser.parse(SourceFile(path: "planet.yaml", bytes: Data((Self.baseConfig + yaml).utf8)))
        return (config, diagnostics.map { String($0.rendered.prefix { $0 != "\n" }) })
    }

    func comment(_ text: String) -> (PlanetCore.Comment?, [String]) {
        let file = SourceFile(path: "comments/alice/bonjour/2024-05-01T10-00-00-blog.md", bytes: Data(text.utf8))
        let (comment, diagnostics) = CommentParser.parse(file, config: SiteConfig(title: "T", baseURL: "https://example.org"))
        return (comment, diagnostics.map { String($0.rendered.prefix { $0 != "\n" }) })
    }

    @Test func readsTheIntakeTheQuestionAndTheRepository() {
        let (parsed, diagnostics) = config("""
            repository: https://github.com/soignants/planete/
            comments:
              intake: https://commentaires.example.org/
              question: Combien de jours compte une semaine ?
              answer: [7, sept]

            """)
        #expect(diagnostics == [])
        #expect(parsed?.repository == "https://github.com/soignants/planete")
        #expect(parsed?.comments == CommentSettings(
            intake: "https://commentaires.example.org", question: "Combien de jours compte une semaine ?", answers: ["7", "sept"]))
        #expect(parsed?.comments.accepts(answer: "  SEPT ") == true)
        #expect(parsed?.comments.accepts(answer: "6") == false)
    }

    @Test func withoutCommentsReadersUsePullRequests() {
        let (parsed, diagnostics) = config("")
        #expect(diagnostics == [])
        #expect(parsed?.comments == CommentSettings())
        #expect(parsed?.repository == nil)
    }

    @Test func reportsEachMistakeAtItsPlace() {
        let (parsed, diagnostics) = config("""
            repository: git@github.com:soignants/planete.git
            comments:
              intake: commentaires.example.org
              question: Combien ?
              answr: 7

            """)
        #expect(parsed == nil)
        #expect(diagnostics == [
            "planet.yaml:3:13: error: `repository` must be the forge's web address of the repository, such as https://github.com/owner/name",
            "planet.yaml:5:11: error: `intake` must be the absolute http or https URL of `planet intake`, such as https://comments.example.org",
            "planet.yaml:6:13: error: a `question` needs its `answer` (a text, or a list of accepted answers)",
            "planet.yaml:7:3: warning: unknown key `answr`, ignored; did you mean `answer`?",
        ])
    }

    @Test func aMentionKeepsItsSourceAndTitle() {
        let (parsed, diagnostics) = comment("""
            ---
            author: Le blog de Karim
            date: 2024-05-01T10:00:00Z
            kind: mention
            source: https://karim.example.net/2024/05/reponse/
            title: "Réponse à Alice"
            status: pending
            ---
            Alice a raison sur un point.

            """)
        #expect(diagnostics == [])
        #expect(parsed?.kind == .mention)
        #expect(parsed?.source == "https://karim.example.net/2024/05/reponse/")
        #expect(parsed?.title == "Réponse à Alice")
        #expect(parsed?.status == .pending)
    }

    @Test func aMentionNeedsAWebSourceAndNoReply() {
        let (parsed, diagnostics) = comment("""
            ---
            author: X
            date: 2024-05-01T10:00:00Z
            kind: mention
            source: javascript:alert(1)
            reply_to: 2024-04-01T10-00-00-bob
            ---
            Texte.

            """)
        #expect(parsed == nil)
        #expect(diagnostics == [
            "comments/alice/bonjour/2024-05-01T10-00-00-blog.md:5:9: error: `source` must be an http or https URL",
            "comments/alice/bonjour/2024-05-01T10-00-00-blog.md:6:11: error: a mention is not part of the thread: it cannot have `reply_to`",
        ])
        let (_, unknownKind) = comment("---\nauthor: X\ndate: 2024-05-01T10:00:00Z\nkind: pingback\n---\nTexte.\n")
        #expect(unknownKind == ["comments/alice/bonjour/2024-05-01T10-00-00-blog.md:4:7: error: `kind` must be comment, reply or mention"])
    }

    @Test func aCommentIgnoresAMentionsFields() {
        let (parsed, diagnostics) = comment("---\nauthor: X\ndate: 2024-05-01T10:00:00Z\nsource: https://x.example/\n---\nTexte.\n")
        #expect(parsed?.kind == .comment)
        #expect(parsed?.source == "")
        #expect(diagnostics == ["comments/alice/bonjour/2024-05-01T10-00-00-blog.md:4:9: warning: `source` is for mentions (`kind: mention`); ignored"])
    }

    @Test func aWrittenMentionReadsBack() throws {
        let text = try CommentFile.text(
            name: "Le blog: de Karim", date: Date(timeIntervalSince1970: 1_714_557_600), status: .pending, kind: .mention,
            source: "https://karim.example.net/reponse/", title: "Réponse « à » Alice\n", body: "Un extrait.")
        #expect(text == """
            ---
            author: "Le blog: de Karim"
            date: 2024-05-01T10:00:00Z
            kind: mention
            source: "https://karim.example.net/reponse/"
            title: "Réponse « à » Alice"
            status: pending
            ---
            Un extrait.

            """)
        let (parsed, diagnostics) = comment(text)
        #expect(diagnostics == [])
        #expect(parsed?.authorName == "Le blog: de Karim")
        #expect(parsed?.title == "Réponse « à » Alice")
    }
}
