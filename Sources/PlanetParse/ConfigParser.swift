import Foundation
import PlanetCore
import PlanetLoad

/// Reads `planet.yaml`.
public enum ConfigParser {
    static let knownKeys: Set<String> = [
        "title", "description", "base_url", "language", "timezone", "theme", "per_page", "feed_entries", "git_dates", "new_feed_entries",
        "repository", "comments", "mail", "letter", "search",
    ]
    static let knownLetterKeys: Set<String> = ["list"]
    static let knownCommentKeys: Set<String> = ["intake", "question", "answer"]
    static let knownSearchKeys: Set<String> = ["intake", "comments"]
    static let knownMailKeys: Set<String> = ["from", "from_name", "transport", "smtp", "allow_plaintext", "sendmail"]

    /// Reads `file`; `baseURL`, when given (`planet build --base-url`), replaces the configured `base_url`.
    public static func parse(_ file: SourceFile?, baseURL overridingBaseURL: String? = nil) -> (SiteConfig?, [Diagnostic]) {
        guard let file else {
            return (nil, [.error("missing site configuration: create planet.yaml with at least `title` and `base_url`",
                                 at: SourceLocation(path: SiteLayout.configFile))])
        }
        let source: SourceText
        switch TextDecoding.decode(path: file.path, bytes: file.bytes) {
        case .success(let text): source = text
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var diagnostics: [Diagnostic] = []
        guard var fields = YAMLFields(yaml: source.text, firstLine: 1, source: source, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let title = fields.requiredString("title", what: "the name of the site")
        let configuredBaseURL = fields.requiredString("base_url", what: "the absolute URL where the site is published, such as https://example.org")
        let baseURL = overridingBaseURL ?? configuredBaseURL
        if let configuredBaseURL, !isAbsoluteHTTPURL(configuredBaseURL) {
            fields.error("`base_url` must be an absolute http or https URL, such as https://example.org", at: "base_url")
        }
        let language = fields.string("language")?.trimmingCharacters(in: .whitespaces) ?? "en"
        if !isLanguageTag(language) {
            fields.error("`language` must be a BCP 47 language tag, such as `fr` or `fr-CA`", at: "language")
        }
        var timeZone = TimeZone(identifier: "UTC")!
        if let identifier = fields.string("timezone")?.trimmingCharacters(in: .whitespaces) {
            if let zone = TimeZone(identifier: identifier) {
                timeZone = zone
            } else {
                fields.error("unknown time zone `\(identifier)`: use an IANA name such as Europe/Paris", at: "timezone")
            }
        }
        let theme = fields.string("theme")?.trimmingCharacters(in: .whitespaces) ?? "default"
        if !isSafeName(theme) {
            fields.error("`theme` must be the name of a folder in themes/", at: "theme")
        }
        let perPage = fields.int("per_page", range: 1...1000) ?? 20
        let feedEntries = fields.int("feed_entries", range: 1...1000) ?? 30
        let newFeedEntries = fields.int("new_feed_entries", range: 0...1000) ?? 3
        let description = fields.string("description") ?? ""
        let gitDates = fields.bool("git_dates") ?? false
        let repository = fields.string("repository")?.trimmingCharacters(in: .whitespaces).trimmingTrailingSlashes
        if let repository, !isAbsoluteHTTPURL(repository) {
            fields.error("`repository` must be the forge's web address of the repository, such as https://github.com/owner/name", at: "repository")
        }
        let comments = commentSettings(&fields)
        let (search, searchesComments) = searchSettings(&fields, comments: comments)
        let mail = mailConfig(&fields)
        let letterList = letterList(&fields)
        fields.warnAboutUnknownKeys(known: knownKeys)
        diagnostics += fields.diagnostics
        guard let title, let baseURL, !diagnostics.hasErrors else { return (nil, diagnostics) }
        var config = SiteConfig(
            title: title, description: description, baseURL: baseURL.trimmingTrailingSlashes, language: language, timeZone: timeZone,
            theme: theme, perPage: perPage, feedEntries: feedEntries, gitDates: gitDates, newFeedEntries: newFeedEntries,
            repository: repository.flatMap { $0.isEmpty ? nil : $0 }, comments: comments, mail: mail,
            search: search.flatMap { $0.isEmpty ? nil : $0 })
        config.letterList = letterList
        config.searchesComments = searchesComments
        return (config, diagnostics)
    }

    /// `comments:`: `intake` (the service's public URL), and `question` with its `answer` (a text or a list).
    static func commentSettings(_ fields: inout YAMLFields) -> CommentSettings {
        guard var nested = fields.mapping("comments") else { return CommentSettings() }
        let intake = nested.string("intake")?.trimmingCharacters(in: .whitespaces).trimmingTrailingSlashes
        if let intake, !intake.isEmpty, !isAbsoluteHTTPURL(intake) {
            nested.error("`intake` must be the absolute http or https URL of `planet intake`, such as https://comments.example.org", at: "intake")
        }
        let question = nested.string("question")?.trimmingCharacters(in: .whitespacesAndNewlines)
        let answers = nested.stringList("answer").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if let question, !question.isEmpty, answers.isEmpty {
            nested.error("a `question` needs its `answer` (a text, or a list of accepted answers)", at: "question")
        } else if !answers.isEmpty, question?.isEmpty ?? true {
            nested.error("an `answer` needs its `question`", at: "answer")
        }
        nested.warnAboutUnknownKeys(known: knownCommentKeys)
        fields.append(nested.diagnostics)
        return CommentSettings(
            intake: intake.flatMap { $0.isEmpty ? nil : $0 }, question: question.flatMap { $0.isEmpty ? nil : $0 }, answers: answers)
    }

    /// `search:`: the URL of `planet intake` (a text), or a mapping of `intake` (that URL; `comments.intake` when
    /// absent) and `comments` (true: comments are searched too).
    static func searchSettings(_ fields: inout YAMLFields, comments: CommentSettings) -> (url: String?, comments: Bool) {
        let message = "`search` must be the absolute http or https URL of `planet intake`, such as https://comments.example.org"
        var probe = fields
        if var nested = probe.mapping("search") {
            fields = probe
            defer { fields.append(nested.diagnostics) }
            let intake = nested.string("intake")?.trimmingCharacters(in: .whitespaces).trimmingTrailingSlashes
            let searchesComments = nested.bool("comments") ?? false
            nested.warnAboutUnknownKeys(known: knownSearchKeys)
            if let intake, !intake.isEmpty {
                guard isAbsoluteHTTPURL(intake) else {
                    nested.error(message.replacingOccurrences(of: "`search`", with: "`intake`"), at: "intake")
                    return (nil, false)
                }
                return (intake, searchesComments)
            }
            guard let fallback = comments.intake else {
                fields.error("missing `intake` under `search`: the absolute http or https URL of `planet intake`", at: "search")
                return (nil, false)
            }
            return (fallback, searchesComments)
        }
        let search = fields.string("search")?.trimmingCharacters(in: .whitespaces).trimmingTrailingSlashes
        if let search, !search.isEmpty, !isAbsoluteHTTPURL(search) {
            fields.error(message, at: "search")
        }
        return (search.flatMap { $0.isEmpty ? nil : $0 }, false)
    }

    /// `mail:`: `from` (required), `from_name`, `transport` (`smtp` or `sendmail`), `smtp` (the server's URL),
    /// `allow_plaintext` and `sendmail` (the program's path). Nil when absent or wrong (then with a diagnostic).
    /// `letter:`: `list`, the mailing list address `planet letter --send` sends the weekly letter to (one message);
    /// nil when absent (then it goes to the intake's subscribers) or wrong (with a diagnostic).
    static func letterList(_ fields: inout YAMLFields) -> String? {
        guard var nested = fields.mapping("letter") else { return nil }
        defer { fields.append(nested.diagnostics) }
        let list = nested.string("list")?.trimmingCharacters(in: .whitespaces)
        if let list, !MailConfig.isAddress(list) {
            nested.error("`list` must be the mailing list's email address, such as soignants@listes.example.org", at: "list")
        }
        nested.warnAboutUnknownKeys(known: knownLetterKeys)
        guard !nested.diagnostics.hasErrors else { return nil }
        return list
    }

    static func mailConfig(_ fields: inout YAMLFields) -> MailConfig? {
        guard var nested = fields.mapping("mail") else { return nil }
        defer { fields.append(nested.diagnostics) }
        let what = "the address planet's mail comes from, such as planete@example.org"
        var from: String?
        if nested.keys.contains("from") {
            from = nested.requiredString("from", what: what)
        } else {
            // Said where `mail:` is, rather than at the top of the file.
            fields.error("missing `from` under `mail`: \(what)", at: "mail")
        }
        if let from, !MailConfig.isAddress(from) {
            nested.error("`from` must be an email address, such as planete@example.org", at: "from")
        }
        let fromName = nested.string("from_name")?.trimmingCharacters(in: .whitespaces)
        if let fromName, fromName.contains(where: \.isNewline) {
            nested.error("`from_name` must be one line", at: "from_name")
        }
        var transport = MailConfig.Transport.smtp
        if let name = nested.string("transport")?.trimmingCharacters(in: .whitespaces) {
            if let known = MailConfig.Transport(rawValue: name) {
                transport = known
            } else {
                nested.error("`transport` must be `smtp` or `sendmail`", at: "transport")
            }
        }
        let smtpURL = nested.string("smtp")?.trimmingCharacters(in: .whitespaces)
        if let smtpURL, !MailConfig.isSMTPURL(smtpURL) {
            nested.error("`smtp` must be the server's smtp:// (STARTTLS) or smtps:// URL, such as smtp://mail.example.org:587, "
                         + "without user or password (they come from PLANET_SMTP_USER and PLANET_SMTP_PASSWORD)", at: "smtp")
        }
        let allowsPlaintext = nested.bool("allow_plaintext") ?? false
        let sendmailPath = nested.string("sendmail")?.trimmingCharacters(in: .whitespaces) ?? MailConfig.defaultSendmailPath
        if !sendmailPath.hasPrefix("/") {
            nested.error("`sendmail` must be the program's absolute path, such as /usr/sbin/sendmail", at: "sendmail")
        }
        nested.warnAboutUnknownKeys(known: knownMailKeys)
        guard let from, !nested.diagnostics.hasErrors else { return nil }
        return MailConfig(
            from: from, fromName: fromName.flatMap { $0.isEmpty ? nil : $0 }, transport: transport,
            smtpURL: smtpURL, allowsPlaintext: allowsPlaintext, sendmailPath: sendmailPath)
    }

    /// Whether `text` is usable as `base_url`: an absolute http or https URL with a host, without query or fragment.
    public static func isAbsoluteHTTPURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return false }
        return components.query == nil && components.fragment == nil
    }

    /// A BCP 47 language tag as `language` accepts it: `fr`, `fr-CA`, `zh-Hant-TW`.
    public static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// A name usable as one path segment: ASCII letters, digits, `-` and `_`, not starting with `.`.
    static func isSafeName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
        }
    }
}

private extension String {
    var trimmingTrailingSlashes: String {
        var text = self
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
