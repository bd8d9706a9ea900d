/// What the keyed containers of the tree and fingerprint encoders share: every primitive field becomes one
/// `TemplateValue`, given to `put` with its key (integers as `.int`, or `.double` when they do not fit).
protocol TreeKeyedValueContainer: KeyedEncodingContainerProtocol {
    func put(_ value: TemplateValue, _ key: Key)
}

extension TreeKeyedValueContainer {
    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
}
