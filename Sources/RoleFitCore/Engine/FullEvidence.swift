/// The engine's beliefs after many answers at once, without replaying them one by one through a
/// session (each replayed step would re-evaluate the decision and the next question).
extension AssessmentPlan {
    /// The decision state once every item with a category in `categories` (indexed like `items`;
    /// nil = not answered) has been answered: all evidence is added, then the decision is computed once.
    package func decision(afterAnswering categories: [Int?]) -> DecisionState {
        var beliefs = Beliefs(plan: self)
        for (index, category) in categories.enumerated() where index < items.count {
            if let category { beliefs.add(item: index, category: category, plan: self) }
        }
        return DecisionState(beliefs: beliefs, plan: self)
    }
}
