import Foundation
import PlanetCore
import PlanetFiles
import Testing
import Yams

/// `planet comment review`'s changes to a comment file: one key through Yams, the rest kept.
@Suite struct CommentFileEditTests {
    static let pending = """
        ---
        # a comment that Yams does not keep
        author: "Zoé \\"<b>\\" : test"
        date: 2025-03-14T18:05:00Z
        website: 'https://zoe.example.net'
        reply_to: 2025-03-13T10-00-00-julie
        status: pending
        clé: « valeur »
        ---
        Merci !

          *deux espaces*\u{20}\u{20}
        ---
        fin
        """

    @Test func approvingRemovesTheStatusAndKeepsTheRest() throws {
        #expect(try CommentFileEdit.settingStatus(.published, in: Self.pending) == """
            ---
            author: "Zoé \\"<b>\\" : test"
            date: 2025-03-14T18:05:00Z
            website: 'https://zoe.example.net'
            reply_to: 2025-03-13T10-00-00-julie
            clé: « valeur »
            ---
            Merci !

              *deux espaces*\u{20}\u{20}
            ---
            fin
            """)
    }

    @Test func spamReplacesTheStatusInPlaceOrAddsIt() throws {
        let spam = try CommentFileEdit.settingStatus(.spam, in: Self.pending)
        #expect(spam.contains("reply_to: 2025-03-13T10-00-00-julie\nstatus: spam\nclé: « valeur »\n---\nMerci !\n"))
        #expect(try CommentFileEdit.settingStatus(.spam, in: "---\nauthor: A\n...\nbody") == "---\nauthor: A\nstatus: spam\n---\nbody")
        #expect(try CommentFileEdit.settingStatus(.published, in: "---\nauthor: A\n---\n") == "---\nauthor: A\n---\n")
    }

    @Test func peoplesTextIsWrittenQuotedAndReadsBackTheSame() throws {
        for text in ["null", "~", "yes", "'quoted'", ": colon", "a # b", "\"dq\"", "- x", "1e3", "Zoé\\n"] {
            let written = try CommentFile.text(
                name: text, date: Date(timeIntervalSince1970: 0), website: text, member: text, replyTo: text, source: text, title: text, body: "x")
            let frontMatter = String(written.split(separator: "---\n").first ?? "")
            let node = try #require(try Yams.compose(yaml: frontMatter))
            for key in ["author", "website", "member", "reply_to", "source", "title"] {
                let value = try #require(node[key]?.scalar, "\(key) of \(text)")
                #expect(value.style == .doubleQuoted && value.string == text, "\(key) of \(text): \(written)")
            }
        }
    }

    @Test func aWrittenMentionIsApprovedIntact() throws {
        let text = try CommentFile.text(name: "Léa", date: Date(timeIntervalSince1970: 0), status: .pending, kind: .mention,
                                        source: "https://a.example/b", title: "Titre : « oui »", body: "Extrait\\.")
        #expect(try CommentFileEdit.settingStatus(.published, in: text)
            == (try CommentFile.text(name: "Léa", date: Date(timeIntervalSince1970: 0), kind: .mention, source: "https://a.example/b",
                                     title: "Titre : « oui »", body: "Extrait\\.")))
    }

    @Test func unreadableFrontMattersAreErrors() {
        #expect(throws: CommentFileEdit.Failure.self) { try CommentFileEdit.settingStatus(.spam, in: "no front matter") }
        #expect(throws: CommentFileEdit.Failure.self) { try CommentFileEdit.settingStatus(.spam, in: "---\n- a list\n---\n") }
        #expect(throws: CommentFileEdit.Failure.self) { try CommentFileEdit.settingStatus(.spam, in: "---\na: [\n---\n") }
        #expect(CommentFileEdit.fields(of: "---\na: 1\nb: [x]\n---\n").map { $0.map(\.key) } == ["a"])
    }
}
