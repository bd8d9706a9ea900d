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
        try value.encode(to: TreeEncoder(node: node, codingPath: []))
        return node.finish()
    }

    /// `avatarURL` → `avatar_url`, `dateISO` → `date_iso`, `ogImageAbs` → `og_image_abs` (as Foundation's
    /// `convertToSnakeCase`: a word starts at an uppercase letter after a lowercase one, and at the last of
    /// a run of uppercase letters followed by a lowercase one).
    public static func snakeCase(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return name }
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if !previous.isUppercase || (next?.isLowercase ?? false), previous != "_" {
                    result.append("_")
                }
            }
            result += character.lowercased()
        }
        return result
    }
}
