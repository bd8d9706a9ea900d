import Foundation

/// The `default` theme, compiled into the binary so that an installed `planet` works from any folder.
/// Its source is `themes/default/` in planet's repository; `scripts/embed-theme.py` regenerates the files.
public enum BuiltInTheme {
    public static let name = "default"

    /// The built-in theme's files as bytes: the text files and the decoded binary ones.
    public static var fileData: [String: Data] {
        var data = files.mapValues { Data($0.utf8) }
        for (path, encoded) in binaryFiles {
            data[path] = Data(base64Encoded: encoded)
        }
        return data
    }
}
