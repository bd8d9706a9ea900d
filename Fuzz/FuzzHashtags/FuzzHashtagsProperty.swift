import Foundation
import FuzzSupport
import PlanetCore

/// The hashtag extractor on any text: matches are in order, inside the text, and name what they cover.
enum FuzzHashtagsProperty {
    static func check(_ data: Data) {
        let text = FuzzInput.text(data)
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for match in HashtagExtractor.matches(in: text) {
            guard match.range.lowerBound >= previousEnd, match.range.upperBound <= scalars.count,
                  match.range.count >= 2, scalars[match.range.lowerBound] == "#" || scalars[match.range.lowerBound] == "＃" else {
                FuzzInput.fail("bad range \(match.range) in \(scalars.count) scalars")
            }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[(match.range.lowerBound + 1)..<match.range.upperBound])
            guard String(name) == match.name else { FuzzInput.fail("name \(match.name) is not the text it covers") }
            previousEnd = match.range.upperBound
        }
    }
}
