import Foundation
import Synchronization

/// Runs a burst of short parallel loops (a calibration's E- and M-steps, each a fraction of a
/// millisecond) on helper threads that wait by spinning, so every loop starts on every core at once: a
/// thread pool's wake-up on a virtual machine can take as long as the loop. Results come back in index
/// order, so they never depend on which thread ran what. Use it through `SpinningTeam.with`, which stops
/// the helpers when the burst ends; the calling thread always takes part, so with no helpers it is a
/// plain loop.
package final class SpinningTeam: @unchecked Sendable {
    /// The job word: generation (bits 40…63), task count (bits 20…39), next task (bits 0…19).
    private let cursor = Atomic<Int>(0)
    /// Tasks of the current job finished.
    private let finished = Atomic<Int>(0)
    /// Set when the burst is over.
    private let stopping = Atomic<Bool>(false)
    /// Helpers that have returned.
    private let exited = Atomic<Int>(0)
    /// The current job's body. Written by the caller before it publishes a job and read by a helper only
    /// after it claimed one of that job's tasks (which the caller waits for), so the two never overlap.
    private nonisolated(unsafe) var body: (@Sendable (Int) -> Void)?
    private let helperCount: Int
    private var generation = 0

    /// The most tasks one job can have.
    package static let maximumTasks = (1 << 20) - 1
    private static let fieldMask = (1 << 20) - 1

    /// A team of the calling thread alone (a plain loop), for callers outside a burst.
    package static let solo = SpinningTeam(helperCount: 0)

    private init(helperCount: Int) {
        self.helperCount = helperCount
    }

    /// Runs `work` with a team of `helpers` spinning threads (default: one per core besides this one) and
    /// stops them afterwards.
    package static func with<Result>(helpers: Int? = nil, _ work: (SpinningTeam) -> Result) -> Result {
        let count = max(0, helpers ?? (ProcessInfo.processInfo.activeProcessorCount - 1))
        let team = SpinningTeam(helperCount: count)
        for _ in 0..<count {
            Thread.detachNewThread { [team] in team.helperLoop() }
        }
        defer {
            team.stopping.store(true, ordering: .releasing)
            while team.exited.load(ordering: .acquiring) < count { sched_yield() }
        }
        return work(team)
    }

    /// `body(i)` for every i in 0..<count on every thread of the team, returned in index order.
    package func map<T: Sendable>(count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = UnsafeMutablePointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
        defer {
            slots.deinitialize(count: count)
            slots.deallocate()
        }
        let address = Int(bitPattern: slots)
        run(count: count) { index in
            // Each slot is written by the one thread that claimed its task, and read after all finished.
            UnsafeMutablePointer<T?>(bitPattern: address)?[index] = body(index)
        }
        var results = [T]()
        results.reserveCapacity(count)
        for index in 0..<count {
            if let value = slots[index] { results.append(value) }
        }
        return results
    }

    /// Runs `task(i)` for i in 0..<count on the team and returns when all have finished.
    private func run(count: Int, _ task: @escaping @Sendable (Int) -> Void) {
        guard helperCount > 0, count > 1, count <= Self.maximumTasks else {
            for index in 0..<count { task(index) }
            return
        }
        generation = (generation + 1) & ((1 << 23) - 1)
        body = task
        finished.store(0, ordering: .relaxed)
        let job = generation << 40 | count << 20
        cursor.store(job, ordering: .releasing)
        work(on: job)
        var spins = 0
        while finished.load(ordering: .acquiring) < count {
            spins += 1
            if spins > Self.spinsBeforeYielding { sched_yield() }
        }
        body = nil
    }

    /// Claims and runs tasks of the job whose word was `seen` until none are left or the job changed.
    private func work(on seen: Int) {
        var current = seen
        while current >> 40 == seen >> 40 && current & Self.fieldMask < (current >> 20) & Self.fieldMask {
            let (exchanged, original) = cursor.compareExchange(
                expected: current, desired: current + 1, ordering: .acquiringAndReleasing)
            guard exchanged else {
                current = original
                continue
            }
            if let task = body { task(current & Self.fieldMask) }
            finished.add(1, ordering: .releasing)
            current = cursor.load(ordering: .acquiring)
        }
    }

    /// Looks at the job word a helper spins through before it yields the core at every look …
    private static let spinsBeforeYielding = 4096
    /// … and how long it yields before it sleeps 100 µs at every look (a pause in the burst far longer
    /// than the serial work between two steps).
    private static let yieldingNanoseconds: UInt64 = 5_000_000

    /// A helper's life: spin until a job is posted, take part in it, until the team stops; after a while
    /// without work it yields the core at every look, and after longer it sleeps between looks, so a busy
    /// machine's other work runs.
    private func helperLoop() {
        var lastGeneration = 0
        var idle = 0
        var yieldingSince: UInt64 = 0
        while !stopping.load(ordering: .acquiring) {
            let word = cursor.load(ordering: .acquiring)
            if word >> 40 == lastGeneration {
                idle += 1
                if idle == Self.spinsBeforeYielding {
                    yieldingSince = DispatchTime.now().uptimeNanoseconds
                } else if idle > Self.spinsBeforeYielding {
                    if DispatchTime.now().uptimeNanoseconds &- yieldingSince > Self.yieldingNanoseconds {
                        usleep(100)
                    } else {
                        sched_yield()
                    }
                }
                continue
            }
            idle = 0
            lastGeneration = word >> 40
            work(on: word)
        }
        exited.add(1, ordering: .releasing)
    }
}
