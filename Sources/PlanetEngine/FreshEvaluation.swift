import Synchronization

/// One computation of derived keys from scratch, for the verify mode: the rule runs for every key it needs,
/// once each, from the engine's inputs, without reading or changing the engine's memo.
final class FreshEvaluation<Key: QueryKey>: Sendable {
    let engine: QueryEngine<Key>
    private let values = Mutex<[Key: QueryValue?]>([:])

    init(engine: QueryEngine<Key>) {
        self.engine = engine
    }

    func value(of key: Key, active: ActiveKeys<Key>) -> QueryValue? {
        if key.isInput { return engine.input(key) }
        if let known = values.withLock({ $0[key] }) { return known }
        let context = QueryContext(source: .fresh(self), active: active.pushing(key))
        let computed = engine.rule(key, context)
        values.withLock { $0[key] = computed }
        return computed
    }
}
