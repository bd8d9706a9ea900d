import Foundation

/// The latest `SiteKnowledge`, readable from any thread without waiting for `IntakeState` (the webmention
/// queue's workers read it).
final class KnowledgeSnapshot: @unchecked Sendable {
    private let lock = NSLock()
    private var current: SiteKnowledge

    init(_ knowledge: SiteKnowledge) {
        current = knowledge
    }

    var value: SiteKnowledge {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
