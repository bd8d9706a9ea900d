/// A position in a site file: a path relative to the site folder, a 1-based line and a 1-based column
/// (counted in Unicode scalars, like compilers and editors do).
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
    }

    /// Orders by path (byte order, independent of locale), then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.path != rhs.path { return codePointOrder(lhs.path, rhs.path) }
        return (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
