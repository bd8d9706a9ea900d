import Foundation
import FuzzSupport
import PlanetImage

/// The image strippers on any bytes: they never crash, and what they publish is an image of the same
/// format that stripping leaves as it is.
enum FuzzImageProperty {
    static func check(_ data: Data) {
        guard let once = try? ImageStripper.strip([UInt8](data)) else { return }
        guard ImageFormat.sniff(once.bytes) == once.format else { FuzzInput.fail("the output is no longer \(once.format.name)") }
        let twice: StrippedImage
        do {
            twice = try ImageStripper.strip(once.bytes)
        } catch {
            FuzzInput.fail("the output does not parse again: \(error.message)")
        }
        guard twice == once else { FuzzInput.fail("stripping is not a fixed point (\(once.bytes.count) then \(twice.bytes.count) bytes)") }
    }
}
