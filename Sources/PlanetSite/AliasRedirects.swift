import PlanetCore

/// The redirect pages of the old addresses (`aliases:`) of published posts and pages, and of tag pages (`tags.yaml`),
/// each checked: under the site's base path, and taking no path that a page, a feed, a file or another alias takes.
enum AliasRedirects {
    /// What the site publishes besides redirects, as far as an alias could collide with it.
    struct TakenPaths {
        /// Output paths of files (`alice/mon-billet/index.html`, `favicon.svg`).
        var files: [String: String] = [:]
        /// Output folders whose whole content the site makes (`tags/`, `alice/page/`), with what makes them.
        var folders: [String: String] = [:]

        /// What already takes `outputPath`, or nil.
        func owner(of outputPath: String) -> String? {
            if let owner = files[outputPath] { return owner }
            var prefix = ""
            for segment in outputPath.split(separator: "/").dropLast() {
                if let owner = folders[prefix + segment + "/"] ?? files[prefix + segment] { return owner }
                prefix += segment + "/"
            }
            return nil
        }
    }

    static func plan(
        posts: [Post], pages: [Page], authors: [Author], assets: [String: OutputFile.Content], reservedNames: Set<String>, basePath: String,
        tagAliases: [TagAlias] = [], tags: [Tag] = [], diagnostics: inout [Diagnostic]
    ) -> [Redirect] {
        var taken = TakenPaths()
        for name in reservedNames {
            taken.files[name] = "the site's own `/\(name)`"
            taken.folders[name + "/"] = "the site's own `/\(name)/`"
        }
        for author in authors {
            for file in ["index.html", "atom.xml"] { taken.files["\(author.id)/\(file)"] = "the page of the member `\(author.id)`" }
            taken.folders["\(author.id)/page/"] = "the pages of the member `\(author.id)`"
        }
        for post in posts {
            let folder = String(post.path.dropFirst())
            for file in ["index.html", "comments.xml"] { taken.files[folder + file] = "the post \(post.path)" }
        }
        for page in pages { taken.files[String(page.path.dropFirst()) + "index.html"] = "the page \(page.path)" }
        for (path, content) in assets {
            if case .copy(let source) = content { taken.files[path] = "the file \(source)" } else { taken.files[path] = "the file /\(path)" }
        }

        var redirects: [Redirect] = []
        let sources = posts.filter { $0.origin == nil }.map { ($0.aliases, $0.path, $0.title, $0.sourcePath) }
            + pages.map { ($0.aliases, $0.path, $0.title, $0.sourcePath) }
        for (aliases, target, title, sourcePath) in sources.sorted(by: { codePointOrder($0.3, $1.3) }) {
            for alias in aliases {
                let location = SourceLocation(path: sourcePath, line: alias.line, column: alias.column)
                guard let outputPath = alias.outputPath(basePath: basePath) else {
                    diagnostics.append(.error("the alias `\(alias.path)` is outside the site, whose addresses start with `\(basePath)/`", at: location))
                    continue
                }
                if let owner = taken.owner(of: outputPath) {
                    diagnostics.append(.error("the alias `\(alias.path)` would take the place of \(owner)", at: location))
                    continue
                }
                taken.files[outputPath] = "the alias `\(alias.path)` of \(sourcePath)"
                redirects.append(Redirect(outputPath: outputPath, target: target, title: title))
            }
        }
        let tagsByKey = Dictionary(tags.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for tagAlias in tagAliases {
            let alias = tagAlias.alias
            let location = SourceLocation(path: tagAlias.sourcePath, line: alias.line, column: alias.column)
            guard let tag = tagsByKey[Slug.groupingKey(tagAlias.tag)] else {
                diagnostics.append(.error("no published post has the tag `\(tagAlias.tag)`, so the alias `\(alias.path)` leads nowhere", at: location))
                continue
            }
            guard let outputPath = alias.outputPath(basePath: basePath) else {
                diagnostics.append(.error("the alias `\(alias.path)` is outside the site, whose addresses start with `\(basePath)/`", at: location))
                continue
            }
            if let owner = taken.owner(of: outputPath) {
                diagnostics.append(.error("the alias `\(alias.path)` would take the place of \(owner)", at: location))
                continue
            }
            taken.files[outputPath] = "the alias `\(alias.path)` of the tag `\(tag.name)`"
            redirects.append(Redirect(outputPath: outputPath, target: tag.path, title: tag.name))
        }
        return redirects.sorted { codePointOrder($0.outputPath, $1.outputPath) }
    }
}
