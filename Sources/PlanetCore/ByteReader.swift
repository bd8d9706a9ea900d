import Foundation

/// Reads back what `ByteWriter` wrote. Every read fails with nil on a short or damaged record, so a
/// truncated cache file is treated as no cache.
public struct ByteReader {
    private let data: Data
    private var offset: Int

    public init(_ data: Data) {
        self.data = data
        self.offset = data.startIndex
    }

    public var isAtEnd: Bool { offset == data.endIndex }

    public mutating func uint64() -> UInt64? {
        guard data.endIndex - offset >= 8 else { return nil }
        let value = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset - data.startIndex, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    public mutating func int() -> Int? {
        uint64().map { Int(Int64(bitPattern: $0)) }
    }

    public mutating func bool() -> Bool? {
        guard offset < data.endIndex else { return nil }
        defer { offset += 1 }
        switch data[offset] {
        case 0: return false
        case 1: return true
        default: return nil
        }
    }

    public mutating func string() -> String? {
        guard let count = int(), count >= 0, data.endIndex - offset >= count else { return nil }
        defer { offset += count }
        return String(decoding: data[offset..<(offset + count)], as: UTF8.self)
    }

    public mutating func bytes() -> Data? {
        guard let count = int(), count >= 0, data.endIndex - offset >= count else { return nil }
        defer { offset += count }
        return Data(data[offset..<(offset + count)])
    }

    public mutating func date() -> Date? {
        uint64().map { Date(timeIntervalSinceReferenceDate: Double(bitPattern: $0)) }
    }

    public mutating func strings() -> [String]? {
        guard let count = int(), count >= 0, count <= data.endIndex - offset else { return nil }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }

    /// An optional string: `.some(nil)` when it was written absent, nil when the record is damaged.
    public mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        return present ? string().map { .some($0) } : .some(nil)
    }

    public mutating func optionalDate() -> Date?? {
        guard let present = bool() else { return nil }
        return present ? date().map { .some($0) } : .some(nil)
    }
}
