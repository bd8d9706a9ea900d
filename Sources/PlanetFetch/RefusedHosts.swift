import PlanetCore
import PlanetLoad

/// The requests of a `planet fetch` that `AddressPolicy` refused (a host with a private, loopback or link-local
/// address), as warnings located where the site names the address: a feed or an account in `author.yaml`, a
/// discussion in its post; a discussion found in an account, at the account.
enum RefusedHosts {
    static let code = DiagnosticCode.privateAddress

    /// The warning for `url`, refused for `reason`, located at the first place `needles` are found in `file`.
    static func warning(_ what: String, reason: String, in file: SourceFile?, fallback: String, looking needles: [String]) -> Diagnostic {
        let location = file.flatMap { file in needles.lazy.compactMap { locate($0, in: file) }.first }
            ?? SourceLocation(path: file?.path ?? fallback)
        return .warning("\(what) not fetched: \(reason); planet fetches only from public addresses", at: location, code: code)
    }

    /// The line and column (in characters) of the first occurrence of `needle` in `file`.
    static func locate(_ needle: String, in file: SourceFile) -> SourceLocation? {
        guard !needle.isEmpty, let text = String(data: file.bytes, encoding: .utf8) else { return nil }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return SourceLocation(path: file.path, line: index + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    /// The reason of a refusal, or nil when `failure` is another kind.
    static func reason(_ failure: FetchFailure?) -> String? {
        if case .refused(let reason) = failure { return reason }
        return nil
    }
}
