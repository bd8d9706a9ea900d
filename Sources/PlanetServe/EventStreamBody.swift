import FlyingFox
import FlyingSocks
import Foundation

/// The body of a Server-Sent Events response: the bytes of each event as it is sent, never ending until
/// the stream is finished. FlyingFox sends it with chunked transfer encoding, one chunk per event.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let events: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<Data>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = Array(event)
            }
            let taken = pending.prefix(Swift.max(1, count))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
