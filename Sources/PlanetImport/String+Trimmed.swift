extension String {
    /// Without white space and line breaks at either end.
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
