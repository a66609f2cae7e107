/// Answers of many people to a set of items, stored by person (compressed rows): only the answers
/// given are kept, so an item a person never saw costs nothing (missing = not presented).
public struct ResponseMatrix: Sendable, Hashable {
    /// The number of items (columns).
    public let itemCount: Int
    /// The number of response categories, the same for every item (codes 0..<categoryCount).
    public let categoryCount: Int
    /// Person p's answers are at `rowStart[p]..<rowStart[p + 1]`.
    public private(set) var rowStart: [Int]
    /// The item of each answer, increasing within a person.
    public private(set) var items: [Int32]
    /// The category of each answer.
    public private(set) var categories: [UInt8]

    /// An empty matrix with no people.
    public init(itemCount: Int, categoryCount: Int) {
        self.itemCount = itemCount
        self.categoryCount = categoryCount
        rowStart = [0]
        items = []
        categories = []
    }

    /// Appends one person's answers as (item, category) pairs; items must be distinct and in range.
    public mutating func appendPerson(_ answers: [(item: Int, category: Int)]) {
        for answer in answers.sorted(by: { $0.item < $1.item }) {
            precondition(answer.item >= 0 && answer.item < itemCount, "item out of range")
            precondition(answer.category >= 0 && answer.category < categoryCount, "category out of range")
            items.append(Int32(answer.item))
            categories.append(UInt8(answer.category))
        }
        rowStart.append(items.count)
    }

    /// The number of people (rows).
    public var personCount: Int { rowStart.count - 1 }

    /// The number of answers given.
    public var answerCount: Int { items.count }

    /// How often each category was chosen on each item: `counts[item][category]`.
    public var categoryCounts: [[Int]] {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: categoryCount), count: itemCount)
        for index in items.indices { counts[Int(items[index])][Int(categories[index])] += 1 }
        return counts
    }

    /// The same people with the answers to `dropped` items removed.
    public func removingItems(_ dropped: Set<Int>) -> ResponseMatrix {
        guard !dropped.isEmpty else { return self }
        var result = ResponseMatrix(itemCount: itemCount, categoryCount: categoryCount)
        result.items.reserveCapacity(items.count)
        result.categories.reserveCapacity(items.count)
        for person in 0..<personCount {
            for index in rowStart[person]..<rowStart[person + 1] where !dropped.contains(Int(items[index])) {
                result.items.append(items[index])
                result.categories.append(categories[index])
            }
            result.rowStart.append(result.items.count)
        }
        return result
    }
}
