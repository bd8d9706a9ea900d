/// What the unkeyed and single-value containers of the tree and fingerprint encoders share: every primitive becomes one
/// `TemplateValue`, given to `put` (integers as `.int`, or `.double` when they do not fit).
protocol TreeValueContainer {
    func put(_ value: TemplateValue)
}

extension TreeValueContainer {
    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.double(value)) }
    mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { put(.int(value)) }
    mutating func encode(_ value: Int8) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: Int16) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: Int32) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: Int64) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt8) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt16) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt32) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt64) throws { put(TreeEncoder.integer(value)) }
}
