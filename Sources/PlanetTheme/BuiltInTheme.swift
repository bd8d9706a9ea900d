import Foundation

/// The `default` theme, compiled into the binary so that an installed `planet` works from any folder.
/// Its source is `themes/default/` in planet's repository; `scripts/embed-theme.py` regenerates the files.
public enum BuiltInTheme {
    public static let name = "default"

    /// The built-in theme's files as bytes.
    public static var fileData: [String: Data] {
        files.mapValues { Data($0.utf8) }
    }
}
