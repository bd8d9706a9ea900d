import Foundation
import Synchronization
import PlanetMarkdown
import Testing

/// Texts rendered on every core at once render as they do alone. cmark-gfm keeps its extensions' inline
/// characters in one process-wide table, switched on when a parse's inline stage starts and off when it
/// ends: two inline stages at once lost autolinks and strikethrough (seen as a flaky determinism test).
@Suite struct MarkdownConcurrencyTests {
    @Test func concurrentRendersAgreeWithOneAlone() {
        let texts = [
            "Voir https://example.org/a#b et www.example.org, ~~barré~~ et a@example.org.\n",
            "Rien de spécial ici, juste du texte.\n",
            "| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\nNote[^1]\n\n[^1]: https://example.org/n\n",
        ]
        let expected = texts.map { MarkdownRenderer.render($0, trust: .member).html }
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 6_000) { index in
            let which = index % texts.count
            if MarkdownRenderer.render(texts[which], trust: .member).html != expected[which] {
                mismatches.withLock { $0 += 1 }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }
}
