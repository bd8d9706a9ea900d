/// A post file as found on disk: `<date>-<slug>.md`, or a bundle's `index.md` with the files beside it.
public struct PostSource: Sendable, Hashable {
    public var file: SourceFile
    /// For a bundle: its other files, relative to the bundle folder, sorted.
    public var bundleFiles: [String]

    public init(file: SourceFile, bundleFiles: [String] = []) {
        self.file = file
        self.bundleFiles = bundleFiles
    }
}
