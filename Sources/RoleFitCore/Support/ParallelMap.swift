import Dispatch
import Foundation

/// Maps 0..<count on every core, in chunks, and returns the results in index order, so the output
/// never depends on which thread finished first.
package enum ParallelMap {
    /// `body(i)` for every i in 0..<count, computed concurrently, in order.
    package static func map<T: Sendable>(count: Int, chunkSize: Int = 16, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let size = max(1, chunkSize)
        let chunks = (count + size - 1) / size
        let store = ChunkStore<T>(chunks: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * size)..<min(count, (chunk + 1) * size)
            store.put(range.map(body), at: chunk)
        }
        return store.joined()
    }
}

/// Per-chunk results written from several threads; each chunk's slot is written once, under a lock.
private final class ChunkStore<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[T]]

    init(chunks: Int) {
        slots = [[T]](repeating: [], count: chunks)
    }

    func put(_ values: [T], at chunk: Int) {
        lock.lock()
        slots[chunk] = values
        lock.unlock()
    }

    func joined() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.flatMap { $0 }
    }
}
