/// Bluesky handles: domain names (`claire.bsky.social`), at most 253 characters, labels of letters, digits and `-`.
public enum BlueskyHandle {
    public static func isValid(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard text.count <= 253, labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        } && labels.last!.first!.isLetter
    }
}
