/// Turns imported questions into RoleFit items: kind, options, explanation, id, area, tags, parameters.
struct QuestionMapper {
    /// The import's options.
    var options: ImportOptions
    private var ids: ItemIDAllocator
    private var unresolved: [String?: [Int]] = [:]
    private var unresolvedOrder: [String?] = []

    /// Creates a mapper.
    init(options: ImportOptions) {
        self.options = options
        self.ids = ItemIDAllocator(prefix: String(options.bankID.prefix(56)))
    }

    /// Maps every question; skips and errors go to `issues`.
    mutating func map(_ questions: [ImportedQuestion], issues: inout [ImportIssue]) -> [Item] {
        var explicitIDs: [Int: String] = [:]
        for (index, question) in questions.enumerated() {
            guard case .unsupported = question.body else {
                if let id = explicitID(question, issues: &issues) { explicitIDs[index] = id }
                continue
            }
        }
        var items: [Item] = []
        for (index, question) in questions.enumerated() {
            issues.append(contentsOf: question.notes)
            if let item = map(question, id: explicitIDs[index], issues: &issues) { items.append(item) }
        }
        for category in unresolvedOrder {
            let lines = unresolved[category] ?? []
            issues.append(areaError(category: category, lines: lines))
        }
        return items
    }

    /// Claims the question's `[id:…]`, normalising it when it is not a valid id.
    private mutating func explicitID(_ question: ImportedQuestion, issues: inout [ImportIssue]) -> String? {
        guard let raw = question.explicitID, !raw.isEmpty else { return nil }
        let line = question.explicitIDLine ?? question.line
        var id = raw
        if !Slug.isItemID(raw) {
            id = Slug.make(raw)
            guard !id.isEmpty else {
                issues.append(ImportIssue(.note, line: line, "[id:\(raw)] has no letters or digits; a new id is generated"))
                return nil
            }
            issues.append(
                ImportIssue(
                    .note, line: line, "[id:\(raw)] is not a valid item id; using '\(id)'",
                    hint: "ids use letters, digits, '.', '_' and '-'"))
        }
        if let earlier = ids.claim(id, line: line) {
            issues.append(
                ImportIssue(
                    .error, line: line, "id '\(id)' is already used by the question at line \(earlier)",
                    hint: "give each question its own [id:…]"))
            return nil
        }
        return id
    }

    /// Maps one question, or records why it was skipped.
    private mutating func map(_ question: ImportedQuestion, id explicit: String?, issues: inout [ImportIssue]) -> Item? {
        let kind: ItemKind
        let itemOptions: [ItemOption]
        let explanation: String?
        switch question.body {
        case .unsupported(let label, let reason, let hint):
            issues.append(
                ImportIssue(
                    .skipped, line: question.line, "\(Self.excerpt(question.prompt)): \(reason)", hint: hint, skipKind: label))
            return nil
        case .trueFalse(let answer, let ifTrue, let ifFalse):
            kind = .trueFalse
            itemOptions = [
                ItemOption(text: "True", isCorrect: answer, score: answer ? 1 : 0),
                ItemOption(text: "False", isCorrect: !answer, score: answer ? 0 : 1),
            ]
            explanation = ExplanationComposer.compose(
                general: question.generalFeedback,
                answerFeedback: [("True", ifTrue ?? ""), ("False", ifFalse ?? "")])
        case .choice(let single, let answers):
            switch ChoiceMapping.map(single: single, answers: answers, maxScore: question.maxScore) {
            case .item(let mappedKind, let mappedOptions, let notes):
                kind = mappedKind
                itemOptions = mappedOptions
                issues.append(contentsOf: notes.map { ImportIssue(.note, line: question.line, $0) })
            case .skip(let label, let reason, let hint):
                issues.append(
                    ImportIssue(
                        .skipped, line: question.line, "\(Self.excerpt(question.prompt)): \(reason)", hint: hint, skipKind: label)
                )
                return nil
            case .error(let message, let hint):
                issues.append(ImportIssue(.error, line: question.line, message, hint: hint))
                return nil
            }
            explanation = question.generalFeedback
        }
        guard let area = options.areas.area(for: question.category) else {
            if unresolved[question.category] == nil { unresolvedOrder.append(question.category) }
            unresolved[question.category, default: []].append(question.line)
            return nil
        }
        let id = explicit ?? ids.allocate(title: question.title, line: question.line)
        let rating = question.difficulty ?? .easy
        return Item(
            id: id, kind: kind, area: area, prompt: question.prompt, options: itemOptions, explanation: explanation,
            tags: question.tags, parameters: ProvisionalParameters.parameters(kind: kind, options: itemOptions, rating: rating),
            parameterSource: .provisional(rating),
            location: SourceLocation(file: options.inputName, line: question.line, column: 1)
        )
    }

    /// The error for questions whose category gives no area.
    private func areaError(category: String?, lines: [Int]) -> ImportIssue {
        let shown = lines.prefix(8).map(String.init).joined(separator: ", ") + (lines.count > 8 ? ", …" : "")
        let which = lines.count == 1 ? "the question at line \(shown)" : "\(lines.count) questions (lines \(shown))"
        if let category {
            return ImportIssue(
                .error, line: lines.first ?? 1, "no skill area for category '\(category)', used by \(which)",
                hint: "map it with --map '\(category)=AREA', or give a default with --area AREA")
        }
        return ImportIssue(
            .error, line: lines.first ?? 1, "no skill area for \(which): there is no $CATEGORY and no --area",
            hint: "pass --area AREA to put them in one skill area")
    }

    /// The first words of a prompt, quoted, for messages.
    static func excerpt(_ prompt: String) -> String {
        let oneLine = prompt.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count <= 40 ? "“\(oneLine)”" : "“\(oneLine.prefix(39))…”"
    }
}
