import Crypto
import Foundation
import PlanetFiles

/// The secrets of the intake's state: unguessable tokens (sign-in links, sessions, readers' links, feeds) of which
/// only a SHA-256 is stored, and the spool's own key for keyed hashes (the duplicate filter's fingerprints).
public enum IntakeSecrets {
    /// 32 random bytes from the system's generator, in base64url without padding (43 characters): safe in a path,
    /// a query and a cookie.
    public static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Whether `text` has the shape of a `token()`: 43 base64url characters.
    public static func isToken(_ text: String) -> Bool {
        text.utf8.count == 43 && text.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
        }
    }

    /// What is stored of a token: its SHA-256, in lowercase hexadecimal.
    public static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// HMAC-SHA256 of `text` under `key`, in lowercase hexadecimal (a CSRF token derived from a session's token).
    public static func mac(_ text: String, key: Data) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: key)).map { String(format: "%02x", $0) }.joined()
    }

    /// The first 64 bits of HMAC-SHA256 of `text` under `key`.
    public static func keyedHash(_ text: String, key: Data) -> UInt64 {
        let code = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: key))
        return code.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Whether two secrets' digests are equal, in a time that does not depend on where they differ.
    public static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The key at `path` (32 random bytes, mode 0600), made on first use.
    public static func key(at path: String) throws -> Data {
        if let data = FileManager.default.contents(atPath: path), data.count == 32 { return data }
        var generator = SystemRandomNumberGenerator()
        let key = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        if try DurableFile.create(key, at: path, through: path + ".\(UUID().uuidString).tmp", mode: 0o600) { return key }
        guard let data = FileManager.default.contents(atPath: path), data.count == 32 else {
            throw DurableFile.Failure.notWritten(path: path, reason: "an unreadable key is in the way")
        }
        return data
    }
}
