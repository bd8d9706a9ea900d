import Foundation

/// Appends values to a compact binary record, read back by `ByteReader`: the format of planet's caches.
public struct ByteWriter {
    public private(set) var data = Data()

    public init() {}

    public mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    public mutating func write(_ value: Bool) { data.append(value ? 1 : 0) }

    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { bytes in
            write(bytes.count)
            data.append(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: bytes.count)
        }
    }

    public mutating func write(_ value: Data) {
        write(value.count)
        data.append(value)
    }

    public mutating func write(_ value: Date) { write(value.timeIntervalSinceReferenceDate.bitPattern) }

    public mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
    }

    public mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    public mutating func write(_ value: Date?) {
        write(value != nil)
        if let value { write(value) }
    }
}
