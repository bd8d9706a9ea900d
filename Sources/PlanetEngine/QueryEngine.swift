import Synchronization

/// A memoising query engine with tracked reads, in the design of Salsa (rust-analyzer's incremental core).
///
/// - **Inputs** are keys whose values are set from outside, each `set` making a new revision. An input set to a
///   value with its previous fingerprint does not change.
/// - **Derived keys** are computed by one pure `rule(key, context)`, which reads other keys only through the
///   `QueryContext` it is given: the context records every read, so a memo holds its value, its fingerprint and
///   the keys it read. No read escapes the record, since the rule has nothing else to read from.
/// - **Red-green verification:** a memo checked at an earlier revision is green when none of its recorded reads
///   changed since then, checked recursively (a read is brought up to date first); otherwise the rule runs again.
/// - **Early cutoff:** a recomputed value with the fingerprint it had keeps its old `changedAt`, so the memos that
///   read it stay green: an edit that leaves a post's summary as it was never touches the lists of posts.
/// - **Verify mode** (`staleKeys`) computes every derived key the engine holds from scratch and names the memos whose
///   fresh fingerprint differs: with every read recorded there is none.
///
/// Queries may run on several threads at once (`parallelMap`): the memo is behind a lock that is never held while a
/// rule runs, and two threads that compute the same key keep the first result. Inputs are set between queries, not
/// during them. A rule that reads the key it computes is a programming error and stops the process.
public final class QueryEngine<Key: QueryKey>: Sendable {
    /// Tells the engine how to compute every derived key.
    public typealias Rule = @Sendable (Key, QueryContext<Key>) -> QueryValue

    public struct Options: Sendable {
        /// For tests of the verify mode only: reads of the keys it selects are not recorded, as if a page function
        /// read them behind the engine's back; the verify mode must then report the memos left stale.
        public var dropsReads: (@Sendable (Key) -> Bool)?

        public init(dropsReads: (@Sendable (Key) -> Bool)? = nil) {
            self.dropsReads = dropsReads
        }
    }

    struct State: Sendable {
        var revision = 1
        var memos: [Key: QueryMemo<Key>] = [:]
    }

    let rule: Rule
    let options: Options
    private let state = Mutex(State())

    public init(options: Options = Options(), rule: @escaping Rule) {
        self.options = options
        self.rule = rule
    }

    /// The current revision: 1 before any input is set, one more after each `set` that changed an input.
    public var revision: Int { state.withLock { $0.revision } }

    /// Sets inputs (a nil value removes one) at a new revision; an input whose fingerprint is the same keeps its
    /// revision. Returns the keys that changed.
    @discardableResult
    public func set(_ inputs: [Key: QueryValue?]) -> [Key] {
        state.withLock { state in
            let revision = state.revision + 1
            var changed: [Key] = []
            for (key, value) in inputs {
                precondition(key.isInput, "only inputs are set from outside: \(key)")
                let old = state.memos[key]
                switch (old?.value, value) {
                case (nil, nil): continue
                case (.some, .some(let new)) where old?.fingerprint == new.fingerprint:
                    state.memos[key]?.value = new.value
                    continue
                default: break
                }
                changed.append(key)
                state.memos[key] = QueryMemo(
                    value: value?.value, fingerprint: value?.fingerprint ?? 0, changedAt: revision, verifiedAt: revision,
                    computedAt: revision, reads: [])
            }
            if !changed.isEmpty { state.revision = revision }
            return changed
        }
    }

    /// `key`'s value, computed or verified at the current revision; nil for an input that is not set.
    public func value(_ key: Key) -> QueryValue? {
        fetch(key, active: ActiveKeys()).current
    }

    /// `key`'s value as a `T`.
    public func value<T>(_ key: Key, as type: T.Type = T.self) -> T? {
        value(key)?.value as? T
    }

    /// The derived keys whose rule ran at the current revision (for tests and statistics).
    public var computedKeys: [Key] {
        state.withLock { state in state.memos.filter { !$0.key.isInput && $0.value.computedAt == state.revision }.map(\.key) }
    }

    /// Forgets the memos of the derived keys `isDropped` selects (pages that no longer exist); they are computed
    /// again if ever asked for.
    public func forget(where isDropped: (Key) -> Bool) {
        state.withLock { state in
            state.memos = state.memos.filter { $0.key.isInput || !isDropped($0.key) }
        }
    }

    /// The verify mode: brings every derived memo the engine holds up to date as `value` does, then computes each
    /// from scratch, and returns the keys whose memo's fingerprint differs from the fresh one. Empty when every read
    /// was recorded.
    public func staleKeys() -> [Key] {
        let keys = state.withLock { state in state.memos.keys.filter { !$0.isInput } }
        let evaluation = FreshEvaluation(engine: self)
        return keys.filter { key in
            let kept = value(key)?.fingerprint
            let fresh = evaluation.value(of: key, active: ActiveKeys())?.fingerprint
            return kept != fresh
        }
    }

    /// An input's value, read without recording (for the verify mode).
    func input(_ key: Key) -> QueryValue? {
        state.withLock { state in state.memos[key].flatMap(Self.current) }
    }

    /// A memo's value with its fingerprint, nil for an input that is not set.
    static func current(_ memo: QueryMemo<Key>) -> QueryValue? {
        memo.value.map { QueryValue($0, fingerprint: memo.fingerprint) }
    }

    /// `key`'s memo at the current revision, verified or computed again.
    func fetch(_ key: Key, active: ActiveKeys<Key>) -> (current: QueryValue?, changedAt: Int) {
        let (memo, revision) = state.withLock { ($0.memos[key], $0.revision) }
        if key.isInput {
            return memo.map { (Self.current($0), $0.changedAt) } ?? (nil, 0)
        }
        if let memo, memo.verifiedAt == revision { return (Self.current(memo), memo.changedAt) }
        let inner = active.pushing(key)
        if let memo, readsUnchanged(memo, active: inner) {
            return state.withLock { state in
                if let stored = state.memos[key], stored.verifiedAt == revision { return (Self.current(stored), stored.changedAt) }
                state.memos[key]?.verifiedAt = revision
                return (Self.current(memo), memo.changedAt)
            }
        }
        let context = QueryContext(source: .engine(self), active: inner)
        let computed = rule(key, context)
        let reads = context.reads
        return state.withLock { state in
            if let stored = state.memos[key], stored.verifiedAt == revision { return (Self.current(stored), stored.changedAt) }
            let changedAt = memo.map { $0.fingerprint == computed.fingerprint ? $0.changedAt : revision } ?? revision
            state.memos[key] = QueryMemo(
                value: computed.value, fingerprint: computed.fingerprint, changedAt: changedAt, verifiedAt: revision,
                computedAt: revision, reads: reads)
            return (computed, changedAt)
        }
    }

    /// Whether none of `memo`'s reads changed after it was last verified, each read brought up to date first.
    private func readsUnchanged(_ memo: QueryMemo<Key>, active: ActiveKeys<Key>) -> Bool {
        memo.reads.allSatisfy { read in fetch(read, active: active).changedAt <= memo.verifiedAt }
    }
}
