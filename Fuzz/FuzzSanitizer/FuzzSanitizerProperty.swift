import Foundation
import FuzzSupport
import PlanetXML

/// The HTML sanitizer on any HTML: its output is a fixed point and contains nothing forbidden.
enum FuzzSanitizerProperty {
    static func check(_ data: Data) {
        let options = HTMLSanitizer.Options(addHeadingIDs: true, localHost: "planete.example.org")
        let once = HTMLSanitizer.sanitize(FuzzInput.text(data), options: options)
        let twice = HTMLSanitizer.sanitize(once, options: options)
        guard once == twice else { FuzzInput.fail("not a fixed point:\n\(once)\n---\n\(twice)") }
        let findings = HTMLSanitizer.audit(once)
        guard findings.isEmpty else { FuzzInput.fail("forbidden in output: \(findings)\n\(once)") }
    }
}
