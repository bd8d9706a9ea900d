import Foundation

/// The table `planet fetch` ends with: every feed, its status, its entries, the new ones, and the time it took.
public enum FetchReport {
    public static func table(_ outcomes: [FeedOutcome]) -> String {
        let header = ["member", "feed", "status", "entries", "new", "time"]
        let rows = outcomes.map { outcome in
            [outcome.authorID, outcome.subscription.url, outcome.status.label, String(outcome.entries), String(outcome.newEntries),
             String(format: "%.2f s", outcome.seconds)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let numeric: Set<Int> = [3, 4, 5]
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? padding + cell : cell + padding
            }
            .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }

    /// `4 feeds: 3 ok, 1 failed; 7 new entries`.
    public static func summary(_ outcomes: [FeedOutcome]) -> String {
        let failed = outcomes.filter(\.failed).count
        let new = outcomes.map(\.newEntries).reduce(0, +)
        let feeds = outcomes.count == 1 ? "1 feed" : "\(outcomes.count) feeds"
        let entries = new == 1 ? "1 new entry" : "\(new) new entries"
        let failures = failed == 0 ? "" : ", \(failed) failed (their last good copy stays in use)"
        return "\(feeds): \(outcomes.count - failed) ok\(failures); \(entries)"
    }
}
