/// Turns an answer into the response category of the item's model, or rejects it.
package enum ResponseScoring {
    /// The category (option index for role-keyed items), nil for a skip or "not applicable"; throws when the answer does not fit.
    package static func category(of response: ItemResponse, for item: Item, categoryCount: Int) throws(SessionError) -> Int? {
        switch response {
        case .skipped:
            return nil
        case .notApplicable:
            guard item.allowsNotApplicable else {
                throw .responseDoesNotFit(itemID: item.id, expected: expectation(item))
            }
            return nil
        case .option(let index):
            switch item.kind {
            case .singleChoice, .trueFalse:
                try check(index, item)
                return item.options[index].isCorrect ? 1 : 0
            case .multipleResponse:
                return try category(of: .options([index]), for: item, categoryCount: categoryCount)
            case .gradedScenario:
                try check(index, item)
                return try inRange(item.options[index].score, categoryCount, item)
            case .roleKeyed:
                try check(index, item)
                return index
            case .selfRating:
                return try category(of: .rating(index + 1), for: item, categoryCount: categoryCount)
            }
        case .options(let indices):
            guard item.kind == .multipleResponse else {
                throw .responseDoesNotFit(itemID: item.id, expected: expectation(item))
            }
            guard !indices.isEmpty else { throw .emptySelection }
            for index in indices.sorted() { try check(index, item) }
            let correct = Set(item.options.indices.filter { item.options[$0].isCorrect })
            return indices == correct ? 1 : 0
        case .rating(let value):
            guard item.kind == .selfRating else {
                throw .responseDoesNotFit(itemID: item.id, expected: expectation(item))
            }
            guard (1...5).contains(value) else { throw .ratingOutOfRange(value) }
            if item.options.count == 5 { return try inRange(item.options[value - 1].score, categoryCount, item) }
            return try inRange(item.isReverseKeyed ? 5 - value : value - 1, categoryCount, item)
        }
    }

    static func check(_ index: Int, _ item: Item) throws(SessionError) {
        guard item.options.indices.contains(index) else {
            throw .optionOutOfRange(index: index, optionCount: item.options.count)
        }
    }

    static func inRange(_ category: Int, _ count: Int, _ item: Item) throws(SessionError) -> Int {
        guard (0..<count).contains(category) else {
            throw .responseDoesNotFit(itemID: item.id, expected: "an option the item's model can score")
        }
        return category
    }

    /// What kind of answer an item takes, in words.
    static func expectation(_ item: Item) -> String {
        switch item.kind {
        case .multipleResponse: "one or more option numbers"
        case .selfRating: "a rating from 1 to 5"
        default: "one option number"
        }
    }
}
