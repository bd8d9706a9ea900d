import Synchronization

/// The tree of a `Shared` value, made at most once, by whichever page's rendering asks for it first.
final class SharedTree: Sendable {
    private let tree = Mutex<EncodedValue?>(nil)

    /// The kept tree, or `make`'s, kept. `make` runs with the lock held: another page asking meanwhile waits for it
    /// rather than encoding the same value again.
    func made(_ make: () -> EncodedValue) -> EncodedValue {
        tree.withLock { kept in
            if let kept { return kept }
            let made = make()
            kept = made
            return made
        }
    }
}
