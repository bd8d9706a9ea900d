import Foundation
import PlanetTheme
import Testing

/// The theme compiled into the binary is exactly `themes/default/` (run scripts/embed-theme.py after editing it).
@Suite struct ThemeEmbeddingTests {
    @Test func builtInThemeMatchesThemesDefault() throws {
        let folder = Fixtures.repository.appendingPathComponent("themes/default")
        var onDisk = try Run.tree(folder)
        onDisk["README.md"] = nil
        #expect(Set(onDisk.keys) == Set(BuiltInTheme.fileData.keys), "run scripts/embed-theme.py")
        for (path, data) in onDisk where BuiltInTheme.fileData[path] != data {
            Issue.record("themes/default/\(path) differs from the built-in copy: run scripts/embed-theme.py")
        }
    }
}
