/// "Did you mean …?" for a name that matches none of the expected ones: the closest expected name,
/// when it is close enough to be the one meant (a typo, not another word).
public enum DidYouMean {
    /// The most edits a suggestion may be away, whatever the length of the names.
    static let maximumEdits = 3

    /// `did you mean `build`?`, or nil when no candidate is close to `typed`.
    public static func phrase(for typed: String, among candidates: some Sequence<String>) -> String? {
        closest(to: typed, among: candidates).map { "did you mean `\($0)`?" }
    }

    /// The candidate fewest edits away from `typed`: at most a third of the longer name's length and at most
    /// `maximumEdits`. Ties go to the first in code point order, so the answer is the same on every machine.
    public static func closest(to typed: String, among candidates: some Sequence<String>) -> String? {
        let typedScalars = Array(typed.unicodeScalars)
        var best: (name: String, edits: Int)?
        for candidate in candidates where candidate != typed {
            let scalars = Array(candidate.unicodeScalars)
            let allowed = min(maximumEdits, max(typedScalars.count, scalars.count) / 3)
            guard abs(typedScalars.count - scalars.count) <= allowed else { continue }
            let edits = editDistance(typedScalars, scalars)
            guard edits <= allowed else { continue }
            if let current = best, current.edits < edits || (current.edits == edits && codePointOrder(current.name, candidate)) {
                continue
            }
            best = (candidate, edits)
        }
        return best?.name
    }

    /// The number of insertions, deletions, substitutions and swaps of two neighbours that turn `first` into
    /// `second` (the optimal string alignment distance: `titel` is one swap from `title`).
    public static func editDistance(_ first: String, _ second: String) -> Int {
        editDistance(Array(first.unicodeScalars), Array(second.unicodeScalars))
    }

    static func editDistance(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> Int {
        guard !first.isEmpty else { return second.count }
        guard !second.isEmpty else { return first.count }
        var beforePrevious = [Int](repeating: 0, count: second.count + 1)
        var previous = Array(0...second.count)
        var current = [Int](repeating: 0, count: second.count + 1)
        for i in 1...first.count {
            current[0] = i
            for j in 1...second.count {
                let substitution = first[i - 1] == second[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution)
                if i > 1, j > 1, first[i - 1] == second[j - 2], first[i - 2] == second[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[second.count]
    }
}
