/// Memory for `count` plain values that lives as long as the object: one stable pointer for a hot loop
/// that would otherwise nest a `withUnsafe…Pointer` closure per array. Filled before it is shared and
/// only read afterwards, or owned by one thread, so it may cross threads.
package final class OwnedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The first value.
    package let base: UnsafeMutablePointer<Element>
    /// How many values there are.
    package let count: Int

    /// `count` copies of `value`.
    package init(repeating value: Element, count: Int) {
        self.count = count
        base = .allocate(capacity: max(1, count))
        base.initialize(repeating: value, count: count)
    }

    /// A copy of `values`.
    package init(_ values: [Element]) {
        count = values.count
        base = .allocate(capacity: max(1, values.count))
        values.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { base.initialize(from: start, count: source.count) }
        }
    }

    deinit {
        base.deallocate()
    }

    /// The values as an array (a copy).
    package var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
