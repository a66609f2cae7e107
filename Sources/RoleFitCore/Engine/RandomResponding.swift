/// The answers of someone responding at random (the person-fit class, docs/engine.md): every option
/// (or rating) equally likely, mapped to the item's response categories.
package enum RandomResponding {
    /// P(category) for each of the item's `categoryCount` categories under uniform random responding.
    package static func categoryProbabilities(item: Item, categoryCount: Int) -> [Double] {
        var probabilities = [Double](repeating: 0, count: max(1, categoryCount))
        let optionCount = item.options.count
        switch item.kind {
        case .singleChoice, .trueFalse:
            let correct = Double(item.options.filter(\.isCorrect).count) / Double(max(1, optionCount))
            if probabilities.count >= 2 {
                probabilities[1] = correct
                probabilities[0] = 1 - correct
            }
        case .multipleResponse:
            // A random non-empty subset of the options is exactly the key with probability 1/(2^k − 1).
            let subsets = optionCount < 60 ? Double((1 << optionCount) - 1) : Double.greatestFiniteMagnitude
            if probabilities.count >= 2 {
                probabilities[1] = 1 / max(1, subsets)
                probabilities[0] = 1 - probabilities[1]
            }
        case .gradedScenario, .roleKeyed:
            let scores = item.kind == .roleKeyed ? Array(item.options.indices) : item.options.map(\.score)
            for score in scores where probabilities.indices.contains(score) {
                probabilities[score] += 1 / Double(max(1, optionCount))
            }
        case .selfRating:
            if optionCount == 5 {
                for option in item.options where probabilities.indices.contains(option.score) {
                    probabilities[option.score] += 0.2
                }
            } else {
                probabilities = [Double](repeating: 1 / Double(probabilities.count), count: probabilities.count)
            }
        }
        return probabilities
    }
}
