/// Draws complete response matrices from known item parameters, for recovery studies and tests.
public enum SimulatedResponses {
    /// The θ model of reported parameters under `model` (the existing IRT types, D = 1).
    public static func itemModel(_ parameters: ReportedItemParameters, model: CalibrationModel) -> any ItemResponseModel {
        switch model {
        case .twoPL: LogisticItemModel(a: parameters.a, b: parameters.b.first ?? 0)
        case .threePL: LogisticItemModel(a: parameters.a, b: parameters.b.first ?? 0, c: parameters.c ?? 0)
        case .graded: GradedResponseModel(a: parameters.a, thresholds: parameters.b)
        case .partialCredit: PartialCreditModel(a: parameters.a, steps: parameters.b)
        }
    }

    /// One answer per (person, item): the category whose cumulative probability first exceeds a uniform.
    public static func draw(
        items: [ReportedItemParameters], model: CalibrationModel, thetas: [Double],
        generator: inout SeededGenerator
    ) -> ResponseMatrix {
        let models = items.map { itemModel($0, model: model) }
        let categoryCount = models.map(\.categoryCount).max() ?? 2
        var matrix = ResponseMatrix(itemCount: items.count, categoryCount: categoryCount)
        for theta in thetas {
            var answers: [(item: Int, category: Int)] = []
            for (index, item) in models.enumerated() {
                answers.append((index, category(item.categoryProbabilities(at: theta), uniform: generator.nextUnit())))
            }
            matrix.appendPerson(answers)
        }
        return matrix
    }

    /// The category a uniform u falls in.
    static func category(_ probabilities: [Double], uniform: Double) -> Int {
        var cumulative = 0.0
        for (category, probability) in probabilities.enumerated() {
            cumulative += probability
            if uniform < cumulative { return category }
        }
        return probabilities.count - 1
    }
}
