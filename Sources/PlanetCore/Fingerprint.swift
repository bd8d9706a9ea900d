import Foundation

/// A 64-bit hash of values that is the same on every machine and every run, unlike `Hasher`: what the
/// build cache keys inputs and outputs by. Eight bytes at a time, with a final avalanche.
public struct Fingerprint: Sendable {
    public private(set) var state: UInt64 = 0x243F_6A88_85A3_08D3
    private var length: UInt64 = 0

    public init() {}

    public mutating func combine(bytes: UnsafeRawBufferPointer) {
        var offset = 0
        let count = bytes.count
        while offset + 8 <= count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            for index in offset..<count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
            mix(tail ^ 0xFF)
        }
        length &+= UInt64(count)
        mix(UInt64(count))
    }

    public mutating func combine(_ text: String) {
        text.withContiguousUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The list's count, then each text: no two lists of the same texts split otherwise combine alike.
    public mutating func combine(_ texts: [String]) {
        combine(texts.count)
        for text in texts { combine(text) }
    }

    public mutating func combine(_ value: UInt64) {
        mix(value)
        mix(0x5851_F42D_4C95_7F2D)
    }

    public mutating func combine(_ value: Int) { combine(UInt64(bitPattern: Int64(value))) }

    public mutating func combine(_ value: Bool) { combine(value ? 1 : 2) }

    /// What tells versions of a file apart without reading it: its size, modification time and inode.
    public mutating func combine(status: stat) {
        combine(Int(status.st_size))
        combine(Int(status.st_mtim.tv_sec))
        combine(Int(status.st_mtim.tv_nsec))
        combine(UInt64(status.st_ino))
    }

    /// The hash of everything combined so far.
    public var value: UInt64 {
        var hash = state ^ length
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    private mutating func mix(_ word: UInt64) {
        state ^= word &* 0x9E37_79B9_7F4A_7C15
        state = (state << 31 | state >> 33) &* 0xC2B2_AE3D_27D4_EB4F
    }

    /// The fingerprint of `text`'s UTF-8 bytes (the same as `of(Data(text.utf8))`).
    public static func of(_ text: String) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine(text)
        return fingerprint.value
    }

    /// The fingerprint of `data`'s bytes.
    public static func of(_ bytes: some ContiguousBytes) -> UInt64 {
        var fingerprint = Fingerprint()
        bytes.withUnsafeBytes { fingerprint.combine(bytes: $0) }
        return fingerprint.value
    }
}
