import Foundation
import FuzzSupport
import PlanetXML

/// The SVG sanitizer on any bytes: it never crashes, and what it publishes is a fixed point from which a
/// second pass removes nothing, so nothing it forbids survives.
enum FuzzSvgProperty {
    static func check(_ data: Data) {
        guard case .success(let once) = SVGSanitizer.sanitize(data) else { return }
        guard case .success(let twice) = SVGSanitizer.sanitize(once.svg) else {
            FuzzInput.fail("the output is no SVG:\n\(FuzzInput.text(once.svg))")
        }
        guard twice.removed.isEmpty else { FuzzInput.fail("a second pass removes \(twice.removed):\n\(FuzzInput.text(once.svg))") }
        guard twice.svg == once.svg else {
            FuzzInput.fail("not a fixed point:\n\(FuzzInput.text(once.svg))\n---\n\(FuzzInput.text(twice.svg))")
        }
    }
}
