/// Encodes any `Encodable` into a `TemplateValue`, through its `encode(to:)` (synthesized for the page
/// values): objects keep their fields' order, property names are written in snake case (`avatarURL` →
/// `avatar_url`), an absent optional is an absent field, and an `EncodedValue` or `Shared` inside is
/// taken as it is.
public struct TemplateValueEncoder {
    public init() {}

    public func encode(_ value: some Encodable) throws -> TemplateValue {
        try encodeWithFingerprint(value).value
    }

    /// The tree and its fingerprint, computed in one pass.
    public func encodeWithFingerprint(_ value: some Encodable) throws -> EncodedValue {
        let node = EncodingNode()
        try value.encode(to: TreeEncoder(node: node))
        return node.finish()
    }

    /// `avatarURL` → `avatar_url`, `dateISO` → `date_iso`, `ogImageAbs` → `og_image_abs` (as Foundation's
    /// `convertToSnakeCase`: a word starts at an uppercase letter after a lowercase one, and at the last of
    /// a run of uppercase letters followed by a lowercase one; ASCII letters only).
    public static func snakeCase(_ name: String) -> String {
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        guard name.utf8.contains(where: isUpper) else { return name }
        let bytes = Array(name.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        for index in bytes.indices {
            let byte = bytes[index]
            if isUpper(byte), index > 0, bytes[index - 1] != UInt8(ascii: "_"),
               !isUpper(bytes[index - 1]) || (index + 1 < bytes.count && isLower(bytes[index + 1])) {
                result.append(UInt8(ascii: "_"))
            }
            result.append(isUpper(byte) ? byte + 32 : byte)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
