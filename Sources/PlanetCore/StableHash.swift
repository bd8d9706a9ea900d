/// A hash that is the same on every machine and every run (FNV-1a, 32 bits), unlike `Hasher`.
public enum StableHash {
    public static func value(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    /// Eight lowercase hexadecimal digits.
    public static func hex(_ text: String) -> String {
        let digits = String(value(text), radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
