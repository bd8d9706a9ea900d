import Synchronization

/// What a derived query reads other keys through: every read is recorded, and becomes an edge of the
/// memo's graph. Passed as a parameter (never a task-local), so that it follows work onto Dispatch threads;
/// reads from several threads at once are safe.
public final class QueryContext<Key: QueryKey>: Sendable {
    enum Source: Sendable {
        /// Reads through the engine's memo, recording each key.
        case engine(QueryEngine<Key>)
        /// Reads computed from scratch, for the verify mode: nothing recorded, nothing memoised in the engine.
        case fresh(FreshEvaluation<Key>)
    }

    let source: Source
    /// The keys being computed, innermost first: a key that reads itself is a cycle, a programming error.
    let active: ActiveKeys<Key>
    private let recorded = Mutex<(keys: [Key], seen: Set<Key>)>(([], []))

    init(source: Source, active: ActiveKeys<Key>) {
        self.source = source
        self.active = active
    }

    /// `key`'s value and fingerprint; nil for an input that is not set.
    public func read(_ key: Key) -> QueryValue? {
        record(key)
        switch source {
        case .engine(let engine): return engine.fetch(key, active: active).current
        case .fresh(let evaluation): return evaluation.value(of: key, active: active)
        }
    }

    /// `key`'s value as a `T`; nil for an input that is not set or a value of another type.
    public func value<T>(_ key: Key, as type: T.Type = T.self) -> T? {
        read(key)?.value as? T
    }

    /// The keys read so far, each once, in the order of the first read.
    var reads: [Key] { recorded.withLock { $0.keys } }

    private func record(_ key: Key) {
        if case .engine(let engine) = source, engine.options.dropsReads?(key) == true { return }
        recorded.withLock { state in
            if state.seen.insert(key).inserted { state.keys.append(key) }
        }
    }
}

/// The chain of keys being computed, innermost first.
final class ActiveKeys<Key: QueryKey>: Sendable {
    let key: Key?
    let outer: ActiveKeys<Key>?

    init(key: Key? = nil, outer: ActiveKeys<Key>? = nil) {
        self.key = key
        self.outer = outer
    }

    func contains(_ candidate: Key) -> Bool {
        var link: ActiveKeys<Key>? = self
        while let current = link {
            if current.key == candidate { return true }
            link = current.outer
        }
        return false
    }

    func pushing(_ key: Key) -> ActiveKeys<Key> {
        precondition(!contains(key), "the query engine's rule reads \(key) while computing it: a cycle")
        return ActiveKeys(key: key, outer: self)
    }
}
