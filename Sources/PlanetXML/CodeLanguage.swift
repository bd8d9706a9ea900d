import Foundation

/// The languages of code highlighters' names, as a fenced code block's info string: WordPress.com's `[code]` and
/// `[sourcecode]`, SyntaxHighlighter Evolved's shortcodes (`[bash]`, `[php]`, `[csharp]`...) and its
/// `<pre class="brush: …">` name a language by a brush or one of its aliases.
public enum CodeLanguage {
    /// Each brush name or alias → the language written after the fence.
    public static let aliases: [String: String] = [
        "as3": "actionscript", "actionscript3": "actionscript", "bash": "bash", "shell": "bash", "sh": "bash",
        "coldfusion": "coldfusion", "cf": "coldfusion", "clojure": "clojure", "clj": "clojure", "cpp": "cpp", "c": "c",
        "c-sharp": "csharp", "csharp": "csharp", "css": "css", "delphi": "delphi", "pas": "pascal", "pascal": "pascal",
        "diff": "diff", "patch": "diff", "erl": "erlang", "erlang": "erlang", "fsharp": "fsharp", "go": "go", "golang": "go",
        "groovy": "groovy", "haskell": "haskell", "java": "java", "jfx": "javafx", "javafx": "javafx", "js": "javascript",
        "jscript": "javascript", "javascript": "javascript", "json": "json", "latex": "latex", "tex": "latex",
        "matlab": "matlab", "matlabkey": "matlab", "objc": "objectivec", "obj-c": "objectivec", "perl": "perl", "pl": "perl",
        "php": "php", "plain": "text", "text": "text", "ps": "powershell", "powershell": "powershell", "py": "python",
        "python": "python", "r": "r", "splus": "r", "rails": "ruby", "rb": "ruby", "ror": "ruby", "ruby": "ruby",
        "rust": "rust", "scala": "scala", "sql": "sql", "swift": "swift", "vb": "vbnet", "vbnet": "vbnet", "xml": "xml",
        "xhtml": "html", "xslt": "xslt", "html": "html", "yaml": "yaml", "yml": "yaml", "typescript": "typescript",
        "ts": "typescript", "kotlin": "kotlin", "lua": "lua", "markdown": "markdown", "md": "markdown", "nginx": "nginx",
        "apache": "apache", "ini": "ini", "docker": "dockerfile", "dockerfile": "dockerfile", "makefile": "makefile",
    ]

    /// The shortcodes that hold code: WordPress.com's and SyntaxHighlighter's generic ones, then a brush's name.
    public static let shortcodes: Set<String> = Set(aliases.keys).union(["code", "sourcecode", "source"])

    /// A brush or alias as a fence's language: the known ones mapped, others kept when they are a plain word.
    public static func fenceLanguage(_ name: String) -> String {
        let lowered = name.lowercased().trimmingCharacters(in: .whitespaces)
        if let known = aliases[lowered] { return known }
        return lowered.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-#_".contains($0)) } ? lowered : ""
    }

    /// The brush of SyntaxHighlighter's `class="brush: php; title: ; notranslate"`, as a fence's language.
    public static func brush(inClass value: String) -> String? {
        guard let match = value.firstMatch(of: /(?:^|[\s;])brush\s*:\s*([A-Za-z0-9_+#-]+)/) else { return nil }
        return fenceLanguage(String(match.output.1))
    }
}
