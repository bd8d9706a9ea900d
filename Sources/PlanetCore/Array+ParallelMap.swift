import Foundation

extension Array where Element: Sendable {
    /// `transform` applied to every element on every core; the results keep the array's order.
    public func parallelMap<Result>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let slots = UnsafeSlots(buffer: results)
        withUnsafeBufferPointer { elements in
            let source = UnsafeSlots(buffer: UnsafeMutableBufferPointer(mutating: elements))
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.buffer[index] = transform(source.buffer[index])
            }
        }
        return results.map { $0! }
    }
}

/// A buffer whose distinct slots are written from distinct threads, each slot by one thread only.
private struct UnsafeSlots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
