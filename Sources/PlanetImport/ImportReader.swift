import Foundation

/// The export of any engine, read into an `ImportedBlog`.
public enum ImportReader {
    public static func read(_ engine: ImportEngine, data: Data, path: String, timeZone: TimeZone) -> ImportedBlog {
        switch engine {
        case .wordpress: WordPressReader.read(data, path: path, timeZone: timeZone)
        case .blogger: BloggerReader.read(data, path: path)
        case .dotclear: DotclearReader.read(data, path: path)
        case .disqus: DisqusReader.read(data, path: path)
        }
    }
}
