import Foundation
import PlanetCore
import PlanetLoad
import PlanetRender

/// The site as `planet letter` needs it: built up to the renderer, with one more week's letter recorded, so that
/// the letter's page, feed entry and e-mail come from the same values as `planet build`'s.
public enum LetterBuild {
    /// The site and its renderer.
    public struct Prepared: Sendable {
        public var site: Site
        public var renderer: SiteRenderer
    }

    /// The record of `week`'s letter, as `planet letter` writes it.
    public static func recordText(_ week: LetterWeek, timeZone: TimeZone) -> String {
        let (start, end) = week.interval(in: timeZone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let day = { (date: Date) -> String in
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        return """
            # The weekly letter of \(week) (\(day(start)) to \(day(end.addingTimeInterval(-1))), \(timeZone.identifier)), recorded by
            # `planet letter`: `planet build` publishes it. The file's name is the week; delete the file to unpublish it.

            """
    }

    /// `input` with `week`'s letter recorded (`letters/<week>.yaml`) when it is not yet.
    public static func recording(_ week: LetterWeek, in input: SiteInput, timeZone: TimeZone) -> SiteInput {
        var input = input
        let path = LetterRecord.path(of: week)
        if !input.letters.contains(where: { $0.path == path }) {
            input.letters.append(SourceFile(path: path, bytes: Data(recordText(week, timeZone: timeZone).utf8)))
            input.letters.sort { codePointOrder($0.path, $1.path) }
        }
        return input
    }

    /// Parses and aggregates the site and compiles its theme (`BuildPipeline.model`): nil with the errors when that
    /// fails.
    public static func prepare(_ input: SiteInput, loadDiagnostics: [Diagnostic], now: Date) -> (Prepared?, [Diagnostic]) {
        let model = BuildPipeline.model(input, loadDiagnostics: loadDiagnostics, options: BuildPipeline.Options(now: now))
        let diagnostics = model.diagnostics.sorted()
        guard let site = model.site, let renderer = model.renderer, !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Prepared(site: site, renderer: renderer), diagnostics)
    }
}
