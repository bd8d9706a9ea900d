import ArgumentParser
import Foundation
@testable import planet
import Testing

/// Every `planet` command line that the README and `docs/` show, in their code blocks, is parsed by planet's own
/// argument parser: a documented option that the command does not take, or a value it refuses, fails here.
/// A synopsis is tried without its optional groups (`[--drafts]`), then with all of them, and with each other
/// alternative of a group (`[--approve ID | --spam ID]`) in place of its first; `git|directory` stands for its
/// first word. Placeholders stand for values that the commands' own checks accept (`SITE` for the sample site,
/// `URL` for an address, `ID` for a member's id, `N` for a number), and so do a server's example folders (`/srv/…`, `/var/lib/…`).
@Suite struct DocumentedCommandTests {
    /// A command line found in the documentation: where, and its words as a shell would split them.
    struct DocumentedCommand: CustomStringConvertible {
        let place: String
        let words: [String]
        var description: String { "\(place): planet \(words.joined(separator: " "))" }
    }

    @Test func everyDocumentedCommandLineParses() throws {
        let commands = try Documentation.files().flatMap { Self.commands(in: $0.text, path: $0.path) }
        #expect(commands.count >= 35, "only \(commands.count) command lines found in the documentation")
        // The forge's token, which the documented `planet intake --forge` reads from the environment, as its operator has it.
        setenv("PLANET_FORGE_TOKEN", "documented", 0)
        var refused: [String] = []
        for command in commands {
            for variant in Self.variants(of: command.words) {
                do {
                    _ = try PlanetCommand.parseAsRoot(variant)
                } catch {
                    if PlanetCommand.exitCode(for: error) == .success { continue }
                    refused.append("\(command.place): planet \(variant.joined(separator: " ")): \(PlanetCommand.message(for: error))")
                }
            }
        }
        #expect(refused.isEmpty, "\(refused.joined(separator: "\n"))")
    }

    @Test func optionalGroupsAndAlternatives() {
        let words = Self.words(of: "planet comment review [--drafts] [--approve ID | --spam ID | --delete ID] --format text|json ...", shell: false)
        #expect(Self.variants(of: Array(words.dropFirst())) == [
            ["comment", "review", "--format", "text"],
            ["comment", "review", "--format", "text", "--drafts", "--approve", "claire-martin"],
            ["comment", "review", "--format", "text", "--drafts", "--spam", "claire-martin"],
            ["comment", "review", "--format", "text", "--drafts", "--delete", "claire-martin"],
        ])
    }

    @Test func shellSyntaxIsLeftOut() {
        #expect(Self.words(of: #"echo "a | b" | planet comment new x/y --name "Julie R." # a comment"#)
            == ["echo", "a | b", "|", "planet", "comment", "new", "x/y", "--name", "Julie R."])
        let found = Self.commands(in: "```sh\nplanet serve --intake &   # the preview\ncd x && planet check \\\n    --format json > out.json\n```\n```\nplanet comment new <author>/<slug>\n```\n", path: "doc.md")
        #expect(found.map(\.description) == [
            "doc.md:2: planet serve --intake", "doc.md:3: planet check --format json", "doc.md:7: planet comment new <author>/<slug>",
        ])
    }

    /// The `planet` command lines of every fenced block (`sh`, or without a language) of `text`: continuation
    /// lines joined, comments dropped, and each pipeline or list split into its commands.
    static func commands(in text: String, path: String) -> [DocumentedCommand] {
        var found: [DocumentedCommand] = []
        var fence: String?
        var pending: (line: Int, text: String)?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                fence = fence == nil ? String(trimmed.dropFirst(3)) : nil
                continue
            }
            guard let language = fence, language.isEmpty || language == "sh" else { continue }
            var joined = (pending?.text ?? "") + " " + trimmed
            let start = pending?.line ?? index + 1
            if joined.hasSuffix("\\") {
                joined.removeLast()
                pending = (start, joined)
                continue
            }
            pending = nil
            for command in Self.split(Self.words(of: joined, shell: language == "sh")) where command.first == "planet" {
                found.append(DocumentedCommand(place: "\(path):\(start)", words: Array(command.dropFirst())))
            }
        }
        return found
    }

    /// Words as a shell splits them: quotes removed, `#` at a word's start ending the line, and `|`, `&&`, `;`,
    /// `&`, `<` and `>` at a word's start as words of their own (inside a word, `git|directory` is a synopsis's
    /// alternatives).
    /// Without `shell` (a synopsis, in a block without a language), only spaces, quotes and comments count.
    static func words(of line: String, shell: Bool = true) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        func end() {
            if inWord { words.append(word) }
            word = ""
            inWord = false
        }
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
                continue
            }
            switch character {
            case "\"", "'":
                quote = character
                inWord = true
            case " ", "\t":
                end()
            case "#" where !inWord:
                end()
                return words
            case "|", ";", "&", "<", ">":
                guard shell, !inWord else {
                    word.append(character)
                    inWord = true
                    continue
                }
                if character == "&", characters.first == "&" { characters.removeFirst() }
                if character == "|", characters.first == "|" { characters.removeFirst() }
                words.append(String(character))
            default:
                word.append(character)
                inWord = true
            }
        }
        end()
        return words
    }

    /// The commands of a list of words: split at `|`, `&&`, `;` and `&` (but for a `|` between a synopsis's
    /// brackets), without redirections.
    static func split(_ words: [String]) -> [[String]] {
        var commands: [[String]] = [[]]
        var redirected = false
        var depth = 0
        for word in words {
            if word.hasPrefix("[") { depth += 1 }
            defer { if word.hasSuffix("]") { depth = max(0, depth - 1) } }
            switch word {
            case "|" where depth > 0:
                commands[commands.count - 1].append(word)
            case "|", ";", "&":
                commands.append([])
                redirected = false
            case "<", ">":
                redirected = true
            default:
                if redirected { redirected = false } else { commands[commands.count - 1].append(word) }
            }
        }
        return commands.filter { !$0.isEmpty }
    }

    /// The arguments without their optional groups, with all of them (each group's first alternative), and with
    /// each other alternative of a group in place of its first; `a|b` stands for `a`, `...` for nothing.
    static func variants(of arguments: [String]) -> [[String]] {
        var base: [String] = []
        var groups: [[[String]]] = []
        var group: [[String]]?
        for word in arguments {
            var word = word
            if group == nil, word.hasPrefix("[") {
                group = [[]]
                word.removeFirst()
            }
            let closes = group != nil && word.hasSuffix("]")
            if closes { word.removeLast() }
            let value = word == "..." ? "" : Self.placeholder(word == "|" ? word : String(word.split(separator: "|").first ?? ""))
            if var open = group {
                if value == "|" { open.append([]) } else if !value.isEmpty { open[open.count - 1].append(value) }
                group = open
                if closes {
                    groups.append(open)
                    group = nil
                }
            } else if !value.isEmpty {
                base.append(value)
            }
        }
        guard !groups.isEmpty else { return [base] }
        let firsts = groups.flatMap { $0[0] }
        var variants = [base, base + firsts]
        for (index, group) in groups.enumerated() {
            for alternative in group.dropFirst() {
                variants.append(base + groups.enumerated().flatMap { $0.offset == index ? alternative : $0.element[0] })
            }
        }
        return variants
    }

    /// A value for a placeholder, or the word itself.
    private static func placeholder(_ word: String) -> String {
        if word.hasPrefix("/srv/") || word.hasPrefix("/var/lib/") { return FileManager.default.temporaryDirectory.path }
        return [
            "N": "2", "S": "10", "M": "15", "SITE": Fixtures.sampleSite.path, "DIR": FileManager.default.temporaryDirectory.path,
            "URL": "https://example.org", "ADDR:PORT": "127.0.0.1:8081", "ID": "claire-martin", "ADDRESS": "claire@example.org",
            "SHA256": String(repeating: "0", count: 64),
        ][word] ?? word
    }
}
