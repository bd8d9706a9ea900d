import Foundation
import PlanetCore
import PlanetImage

/// Copies images of a member's outside entries into `.planet/feeds/<author>/images/`, named by a hash of their
/// URL and the format read from their bytes, stripped of their metadata; a damaged image, or a HEIC image
/// (which most browsers cannot show), is not copied. An image already copied is not fetched again. Downloads
/// end by `deadline`: each request gets what remains of it, and none starts after it.
final class ImageStore: @unchecked Sendable {
    private let folder: URL
    private let client: HTTPClient
    private let deadline: Date
    private let lock = NSLock()
    private var outcomes: [String: ImageOutcome] = [:]

    init(folder: URL, client: HTTPClient, deadline: Date) {
        self.folder = folder
        self.client = client
        self.deadline = deadline
    }

    func copy(_ url: String) -> ImageOutcome {
        if let known = lock.withLock({ outcomes[url] }) { return known }
        let outcome = fetch(url)
        lock.withLock { outcomes[url] = outcome }
        return outcome
    }

    /// Why images were refused for their hosts' addresses, each reason once, sorted.
    var refusals: [String] {
        lock.withLock {
            Set(outcomes.values.compactMap { outcome -> String? in
                if case .refused(let reason) = outcome { return reason }
                return nil
            }).sorted()
        }
    }

    private func fetch(_ url: String) -> ImageOutcome {
        let stem = Self.name(for: url)
        for format in ImageFormat.allCases {
            let name = "\(stem).\(format.fileExtension)"
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) { return .stored(name) }
        }
        let remaining = deadline.timeIntervalSinceNow
        guard remaining > 0 else { return .failed }
        var bounded = client
        bounded.limits.timeout = min(client.limits.timeout, remaining)
        let answer = bounded.get(url, maximumBytes: client.limits.maximumImageBytes)
        if case .failure(.refused(let reason)) = answer { return .refused(reason) }
        guard case .success(let response) = answer, response.status == 200, let image = try? ImageStripper.strip([UInt8](response.body)), image.format != .heic else {
            return .failed
        }
        if image.width <= 1, image.height <= 1 { return .pixel }
        let name = "\(stem).\(image.format.fileExtension)"
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(image.bytes).write(to: folder.appendingPathComponent(name), options: .atomic)
        } catch {
            return .failed
        }
        return .stored(name)
    }

    /// Sixteen hexadecimal digits of a 64-bit FNV-1a hash of the URL.
    static func name(for url: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in url.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
