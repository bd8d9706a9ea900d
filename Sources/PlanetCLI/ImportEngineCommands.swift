import ArgumentParser
import PlanetConsole
import PlanetImport

/// `planet import wordpress EXPORT.xml --author ID [--map LOGIN=ID ...] [--media DIR]`.
struct ImportWordPressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wordpress",
        abstract: "Import a WordPress export (Tools → Export → All content: a WXR file).",
        discussion: """
            Example:
              planet import wordpress blog.xml --author claire-martin --media ~/uploads
            """
    )

    @OptionGroup var arguments: ImportArguments

    @Option(help: "The member who gets the posts and pages of every login that --map does not name.")
    var author: String?

    @Option(name: .customLong("map"), help: "A login of the export and its member: LOGIN=ID (repeat for several authors).")
    var map: [String] = []

    @Option(help: "A copy of wp-content/uploads (or any folder holding the media): the files posts use are copied beside them.",
            completion: .directory)
    var media: String?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        for pair in map where pair.split(separator: "=", omittingEmptySubsequences: false).count != 2 {
            throw ValidationError("--map takes LOGIN=ID, such as --map jdupont=jeanne-dupont")
        }
        if author == nil, map.isEmpty { throw ValidationError("give --author ID (and --map LOGIN=ID for other logins)") }
    }

    func run() throws {
        var logins: [String: String] = [:]
        for pair in map {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            logins[String(parts[0])] = String(parts[1])
        }
        try ImportRun(engine: .wordpress, arguments: arguments, author: author, map: logins, media: media, console: outputOptions.console).run()
    }
}

/// `planet import blogger EXPORT.xml --author ID [--media DIR]`.
struct ImportBloggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blogger",
        abstract: "Import a Blogger export (Settings → Back up content: an Atom file).",
        discussion: """
            Example:
              planet import blogger blog-05-01-2024.xml --author claire-martin
            """
    )

    @OptionGroup var arguments: ImportArguments

    @Option(help: "The member who gets the posts and pages.")
    var author: String?

    @Option(help: "A folder holding the blog's downloaded images: the files posts and pages use are copied beside them.",
            completion: .directory)
    var media: String?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if author == nil { throw ValidationError("give --author ID") }
    }

    func run() throws {
        try ImportRun(engine: .blogger, arguments: arguments, author: author, map: [:], media: media, console: outputOptions.console).run()
    }
}

/// `planet import dotclear EXPORT.txt --author ID [--old-url URL] [--media DIR]`.
struct ImportDotclearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dotclear",
        abstract: "Import a Dotclear export (Maintenance → Backup: a flat text file).",
        discussion: """
            Example:
              planet import dotclear 2024-05-01-blog-backup.txt --author claire-martin
            """
    )

    @OptionGroup var arguments: ImportArguments

    @Option(help: "The member who gets the posts and pages.")
    var author: String?

    @Option(name: .customLong("old-url"), help: "The blog's address (https://blog.example.fr/index.php?), which a single blog's backup does not hold: its permalinks become aliases.")
    var oldURL: String?

    @Option(help: "A copy of the blog's public/ folder: the files posts and pages use are copied beside them.", completion: .directory)
    var media: String?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if author == nil { throw ValidationError("give --author ID") }
        if let oldURL, !(oldURL.hasPrefix("http://") || oldURL.hasPrefix("https://")) {
            throw ValidationError("--old-url takes the blog's http(s) address, such as --old-url https://blog.example.fr/index.php?")
        }
    }

    func run() throws {
        try ImportRun(engine: .dotclear, arguments: arguments, author: author, map: [:], media: media, oldURL: oldURL, console: outputOptions.console).run()
    }
}

/// `planet import disqus EXPORT.xml [SITE]`.
struct ImportDisqusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disqus",
        abstract: "Import Disqus comments (Admin → Moderation → Export: an XML file) onto the site's posts.",
        discussion: """
            Each thread goes to the post whose address, or one of whose aliases, is the thread's link; the threads \
            that match no post are listed. Deleted comments are left out, spam stays spam; no e-mail or IP address \
            is written.

            Example:
              planet import disqus claire-disqus.xml
            """
    )

    @OptionGroup var arguments: ImportArguments

    @Option(name: .customLong("map"), help: "A Disqus username and the member who wrote as it: USERNAME=ID (repeat for several).")
    var map: [String] = []

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        for pair in map where pair.split(separator: "=", omittingEmptySubsequences: false).count != 2 {
            throw ValidationError("--map takes USERNAME=ID, such as --map claire_doc=claire-martin")
        }
    }

    func run() throws {
        var usernames: [String: String] = [:]
        for pair in map {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            usernames[String(parts[0])] = String(parts[1])
        }
        try ImportRun(engine: .disqus, arguments: arguments, map: usernames, media: nil, console: outputOptions.console).run()
    }
}
