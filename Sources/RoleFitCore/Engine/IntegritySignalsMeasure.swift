import Foundation

extension IntegritySignals {
    /// Reading speed behind the rapid-answer signal, in words per second (250 per minute).
    static let readingWordsPerSecond = 250.0 / 60
    /// An answer is rapid below this share of the item's reading time.
    static let rapidShare = 0.25
    /// Self-ratings needed before straight-lining is judged on them.
    static let straightLiningRatings = 4
    /// Choice questions needed before straight-lining is judged on option positions.
    static let straightLiningChoices = 8

    /// The signals for a session's answers (`items[i]` is answer i's item, nil when unknown, and
    /// `reading[i]` its reading time; `scored[i]` whether it was scored).
    static func measure(
        answers: [AnsweredItem], items: [Item?], reading: [Double], scored: [Bool], randomResponderProbability: Double,
        personFitThreshold: Double, disagreement: Bool
    ) -> IntegritySignals {
        var rapid: [String] = []
        var ratings: [(rating: Int, reverse: Bool)] = []
        var positions: [Int] = []
        for (offset, answer) in answers.enumerated() {
            guard let item = items[offset], scored.indices.contains(offset), scored[offset] else { continue }
            if reading.indices.contains(offset), answer.seconds < reading[offset] * rapidShare { rapid.append(item.id) }
            switch (item.kind, answer.response) {
            case (.selfRating, .rating(let value)): ratings.append((value, item.isReverseKeyed))
            case (.selfRating, .option(let index)): ratings.append((index + 1, item.isReverseKeyed))
            case (.singleChoice, .option(let index)), (.trueFalse, .option(let index)),
                (.gradedScenario, .option(let index)), (.roleKeyed, .option(let index)):
                positions.append(index)
            default: break
            }
        }
        let sameRating = ratings.count >= straightLiningRatings && Set(ratings.map(\.rating)).count == 1
        let modal = Dictionary(grouping: positions, by: { $0 }).values.map(\.count).max() ?? 0
        let samePosition = positions.count >= straightLiningChoices && Double(modal) >= 0.8 * Double(positions.count)
        let forward = ratings.filter { !$0.reverse }.map { Double($0.rating) }
        let reverse = ratings.filter(\.reverse).map { Double($0.rating) }
        let measurable = !forward.isEmpty && !reverse.isEmpty
        let agrees = { (values: [Double]) in values.reduce(0, +) / Double(max(1, values.count)) >= 4 }
        return IntegritySignals(
            rapidAnswerCount: rapid.count, rapidItemIDs: rapid, straightLining: sameRating || samePosition,
            acquiescence: measurable && agrees(forward) && agrees(reverse), acquiescenceMeasurable: measurable,
            personFitFlag: randomResponderProbability >= personFitThreshold,
            randomResponderProbability: randomResponderProbability, preferenceCapabilityDisagreement: disagreement)
    }

    /// The seconds a careful reader needs for the prompt and the options (at least 1).
    static func readingSeconds(_ item: Item) -> Double {
        let text = ([item.prompt] + item.options.map(\.text)).joined(separator: " ")
        let words = text.split { $0 == " " || $0 == "\n" || $0 == "\t" }.count
        return max(1, Double(words) / readingWordsPerSecond)
    }
}
