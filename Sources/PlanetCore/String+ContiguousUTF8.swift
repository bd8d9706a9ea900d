extension String {
    /// `body` over the string's UTF-8 bytes: read in place when the string is native, copied into contiguous
    /// UTF-8 first only when it is bridged or lazy.
    func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = self
        return contiguous.withUTF8(body)
    }
}
