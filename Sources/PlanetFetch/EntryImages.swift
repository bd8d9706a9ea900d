import PlanetXML

/// Brings an entry's images home: each http(s) image becomes its local copy, a link when it could not be copied,
/// or nothing when it is a tracking pixel. Pure: the copying is `copy`'s.
public enum EntryImages {
    /// The rewritten HTML and the local files it uses, in order, without repeats.
    public static func localize(_ html: String, limit: Int, copy: (String) -> ImageOutcome) -> (html: String, files: [String]) {
        var files: [String] = []
        var copied = 0
        let rewritten = HTMLImages.rewrite(html) { image in
            if image.isDeclaredPixel { return .drop }
            let lowered = image.source.lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return .keep }
            guard copied < limit else { return .link }
            copied += 1
            switch copy(image.source) {
            case .stored(let name):
                if !files.contains(name) { files.append(name) }
                return .source(name)
            case .pixel:
                return .drop
            case .failed, .refused:
                return .link
            }
        }
        return (rewritten, files)
    }
}
