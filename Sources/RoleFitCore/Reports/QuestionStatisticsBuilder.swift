/// Per-question statistics over a team's sessions.
enum QuestionStatisticsBuilder {
    /// One entry per item id seen, ordered by skill area (catalogue order), then id.
    /// `memberMeans[i]` is the mean area score of the member of `results[i]`.
    static func statistics(_ results: [LoadedResult], memberMeans: [Double?], areaOrder: [String: Int]) -> [QuestionStatistics] {
        var byItem: [String: [(record: ItemRecord, memberMean: Double?)]] = [:]
        for (index, result) in results.enumerated() {
            for record in result.document.items {
                byItem[record.id, default: []].append((record, memberMeans[safe: index] ?? nil))
            }
        }
        return byItem.compactMap { id, entries in question(id: id, entries: entries) }
            .sorted { (areaOrder[$0.area] ?? Int.max, $0.id) < (areaOrder[$1.area] ?? Int.max, $1.id) }
    }

    private static func question(id: String, entries: [(record: ItemRecord, memberMean: Double?)]) -> QuestionStatistics? {
        let records = entries.map(\.record)
        guard let first = records.first else { return nil }
        let answered = entries.filter { $0.record.response.isAnswer }
        let judged = answered.compactMap(\.record.correct)
        let graded = first.kind == .known(.gradedScenario)
        let scores = graded ? answered.compactMap { $0.record.score.map(Double.init) } : []
        let ratings = answered.compactMap { entry -> Double? in
            if case .rating(let value) = entry.record.response { return Double(value) } else { return nil }
        }
        var pairs: [(Double, Double)] = []
        for entry in answered {
            guard let mean = entry.memberMean, let value = itemScore(entry.record) else { continue }
            pairs.append((value, mean))
        }
        return QuestionStatistics(
            id: id, kind: first.kind, area: first.area, prompt: first.prompt, shown: records.count, answered: answered.count,
            correctShare: judged.isEmpty ? nil : Double(judged.count { $0 }) / Double(judged.count),
            meanScore: Statistics.mean(scores), maxScore: first.maxScore,
            meanRating: Statistics.mean(ratings), options: picks(records),
            discrimination: Statistics.correlation(pairs.map(\.0), pairs.map(\.1)))
    }

    /// 1/0 for right/wrong, score ÷ maximum for graded scenarios, nil for preferences and self-ratings.
    static func itemScore(_ record: ItemRecord) -> Double? {
        if let correct = record.correct { return correct ? 1 : 0 }
        if record.kind == .known(.gradedScenario), let score = record.score, record.maxScore > 0 {
            return Double(score) / Double(record.maxScore)
        }
        return nil
    }

    private static func picks(_ records: [ItemRecord]) -> [OptionPicks] {
        var counts: [Int: Int] = [:]
        // An option chosen in a right (or full-score) answer is the right one: the banks are not needed.
        var right = Set<Int>()
        for record in records where itemScore(record) == 1 {
            switch record.response {
            case .option(let index): right.insert(index)
            case .options(let indices): right.formUnion(indices)
            default: break
            }
        }
        for record in records {
            switch record.response {
            case .option(let index): counts[index, default: 0] += 1
            case .options(let indices): for index in indices { counts[index, default: 0] += 1 }
            case .rating(let value): counts[value - 1, default: 0] += 1
            case .skipped, .notApplicable: break
            }
        }
        let texts = records.lazy.compactMap(\.options).first ?? []
        let count = max(texts.count, (counts.keys.filter { $0 >= 0 }.max() ?? -1) + 1)
        guard count > 0, count <= 100 else { return [] }
        return (0..<count).map { index in
            OptionPicks(
                number: index + 1, text: texts[safe: index] ?? label(index, in: records), picks: counts[index] ?? 0,
                correct: right.contains(index) ? true : nil)
        }
    }

    /// The option's text recovered from an answer text "2. …" when the document has no option list.
    private static func label(_ index: Int, in records: [ItemRecord]) -> String {
        for record in records {
            if case .option(let chosen) = record.response, chosen == index {
                let prefix = "\(index + 1). "
                if record.answerText.hasPrefix(prefix) { return String(record.answerText.dropFirst(prefix.count)) }
            }
        }
        return ""
    }
}
