import Foundation

/// The address that opens a forge's "new file" editor on the site's repository with a file's path and text
/// filled in, for readers who comment by pull request.
enum ForgeEditorLink {
    enum Forge: Equatable {
        case github, gitlab, gitea
    }

    /// The forge of a repository's web address, from its host: github.com, gitlab.com or any host with
    /// "gitlab" in its name, else a Gitea-like forge (Gitea, Forgejo, Codeberg).
    static func forge(of repository: String) -> Forge? {
        guard let host = URLComponents(string: repository)?.host?.lowercased(), !host.isEmpty else { return nil }
        if host == "github.com" || host == "www.github.com" { return .github }
        if host.contains("gitlab") { return .gitlab }
        return .gitea
    }

    /// The forge's name as readers know it: GitHub, GitLab, or the host of a Gitea-like forge.
    static func name(of repository: String) -> String {
        switch forge(of: repository) {
        case .github: "GitHub"
        case .gitlab: "GitLab"
        case .gitea, nil: URLComponents(string: repository)?.host ?? repository
        }
    }

    /// The editor's address for a new file at `path` (relative to the repository's root) holding `content`, on
    /// the `main` branch; nil when `repository` is no http(s) address:
    /// - GitHub: `<repository>/new/<branch>/<folder>?filename=<name>&value=<content>` (the folder in the address:
    ///   a `filename` with slashes is not always split into folders);
    /// - GitLab: `<repository>/-/new/<branch>?file_name=<path>&content=<content>`;
    /// - Gitea, Forgejo: `<repository>/_new/<branch>/<folder>/?filename=<name>&value=<content>`.
    static func url(repository: String, path: String, content: String) -> String? {
        guard let forge = forge(of: repository), let scheme = URLComponents(string: repository)?.scheme?.lowercased(),
              scheme == "http" || scheme == "https" else { return nil }
        var base = repository
        while base.hasSuffix("/") { base.removeLast() }
        if base.hasSuffix(".git") { base.removeLast(4) }
        var folders = path.split(separator: "/").map(String.init)
        let name = folders.popLast() ?? ""
        let folder = ([branch] + folders).map(encoded).joined(separator: "/")
        switch forge {
        case .github:
            return "\(base)/new/\(folder)?filename=\(encoded(name))&value=\(encoded(content))"
        case .gitlab:
            return "\(base)/-/new/\(encoded(branch))?file_name=\(encoded(path))&content=\(encoded(content))"
        case .gitea:
            return "\(base)/_new/\(folder)/?filename=\(encoded(name))&value=\(encoded(content))"
        }
    }

    /// The branch that comments are proposed against.
    static let branch = "main"

    /// Percent-encoded UTF-8, every byte but the unreserved characters of RFC 3986 (letters, digits, `-._~`).
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
