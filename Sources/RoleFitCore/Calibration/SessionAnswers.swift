import Foundation

/// One θ a calibration from sessions fits: a skill area's performance items, or its self-ratings
/// (the engine keeps the self-rated level apart from the shown one).
public struct CalibrationDimension: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The skill area id.
    public var area: String
    /// Whether this is the area's self-rated dimension.
    public var selfRated: Bool

    /// Creates a dimension.
    public init(area: String, selfRated: Bool) {
        self.area = area
        self.selfRated = selfRated
    }

    /// "risk-management" or "risk-management (self-rated)".
    public var description: String { selfRated ? "\(area) (self-rated)" : area }

    /// Area order, then shown before self-rated.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.area, lhs.selfRated ? 1 : 0) < (rhs.area, rhs.selfRated ? 1 : 0)
    }
}

/// The answers to one dimension's items: one row per session that answered any of them.
public struct DimensionAnswers: Sendable {
    /// The dimension.
    public var dimension: CalibrationDimension
    /// Its items as the banks define them, in bank order (columns of `matrix`).
    public var items: [Item]
    /// Categories scored (missing = not presented, skipped or not applicable).
    public var matrix: ResponseMatrix
    /// For each row, the index of its session in `SessionAnswers.sessions`.
    public var rowSessions: [Int]
}

/// A session's answer to a role-keyed item: the option chosen.
public struct RoleChoiceAnswer: Sendable, Hashable {
    /// The item id.
    public var item: String
    /// The option, 0-based.
    public var option: Int
}

/// A result that was not used, and why.
public struct ExcludedResult: Sendable, Hashable, CustomStringConvertible {
    /// Where it was read (a file path, or the session id for a database).
    public var source: String
    /// Why, with what it would take.
    public var reason: String

    /// "Results/x.json: reason".
    public var description: String { "\(source): \(reason)" }
}

/// A session that contributed answers.
public struct UsedSession: Sendable, Hashable {
    /// Session id.
    public var sessionID: String
    /// The result's fields a calibration can group by (`mode`, `target-role`, `engine-version`).
    public var fields: [String: String]
}

/// Everything a calibration from sessions reads from finished results: answers per dimension,
/// role-keyed choices, and every result or answer left out with its reason. An answer counts only when
/// its item is in the current banks and the result used the same version of that item's bank (its
/// SHA-256); a result without any such answer is listed, never a crash.
public struct SessionAnswers: Sendable {
    /// The fields `--group-by` accepts.
    public static let groupFields = ["mode", "target-role", "engine-version"]

    /// Sessions that contributed at least one answer, in reading order.
    public var sessions: [UsedSession]
    /// Per dimension, in dimension order (dimensions without items are absent).
    public var dimensions: [DimensionAnswers]
    /// Role-keyed answers per used session (parallel to `sessions`).
    public var roleChoices: [[RoleChoiceAnswer]]
    /// Results not used.
    public var excluded: [ExcludedResult]
    /// Answers left out of used sessions, by reason, with counts.
    public var droppedAnswers: [String: Int]

    /// Reads `results` against `banks`.
    public static func collect(_ results: [LoadedResult], banks: BankSet) -> SessionAnswers {
        var owner: [String: (item: Item, bank: QuestionBank)] = [:]
        for bank in banks.banks {
            for item in bank.items where owner[item.id] == nil { owner[item.id] = (item, bank) }
        }
        var dimensionItems: [CalibrationDimension: [Item]] = [:]
        for item in banks.items where item.kind != .roleKeyed {
            dimensionItems[CalibrationDimension(area: item.area, selfRated: item.kind == .selfRating), default: []].append(item)
        }
        let order = dimensionItems.keys.sorted()
        var column: [String: (dimension: Int, index: Int)] = [:]
        for (d, dimension) in order.enumerated() {
            for (index, item) in (dimensionItems[dimension] ?? []).enumerated() { column[item.id] = (d, index) }
        }
        var rows = [[[(item: Int, category: Int)]]](repeating: [], count: order.count)
        var rowSessions = [[Int]](repeating: [], count: order.count)
        var answers = SessionAnswers(sessions: [], dimensions: [], roleChoices: [], excluded: [], droppedAnswers: [:])
        for loaded in results {
            let document = loaded.document
            let recorded = Dictionary(document.banks.map { ($0.id, $0.sha256) }, uniquingKeysWith: { first, _ in first })
            var perDimension = [[(item: Int, category: Int)]](repeating: [], count: order.count)
            var choices: [RoleChoiceAnswer] = []
            var seen = Set<String>()
            var changedBanks = Set<String>()
            var used = 0
            for record in document.items where seen.insert(record.id).inserted {
                guard let (item, bank) = owner[record.id] else {
                    answers.droppedAnswers["item not in the current banks", default: 0] += 1
                    continue
                }
                guard recorded[bank.id] == bank.contentHash else {
                    changedBanks.insert(bank.id)
                    answers.droppedAnswers["answered under another version of its bank", default: 0] += 1
                    continue
                }
                if case .known(let kind) = record.kind, kind != item.kind {
                    answers.droppedAnswers["recorded with another item kind", default: 0] += 1
                    continue
                }
                if item.kind == .roleKeyed {
                    guard case .option(let option) = record.response else { continue }
                    guard option >= 0 && option < item.options.count else {
                        answers.droppedAnswers["option out of range", default: 0] += 1
                        continue
                    }
                    choices.append(RoleChoiceAnswer(item: item.id, option: option))
                    used += 1
                    continue
                }
                guard record.response.isAnswer, let category = record.score, let place = column[item.id] else { continue }
                guard category >= 0 && category < item.categoryCount else {
                    answers.droppedAnswers["score out of the item's range", default: 0] += 1
                    continue
                }
                perDimension[place.dimension].append((place.index, category))
                used += 1
            }
            guard used > 0 else {
                let reason =
                    changedBanks.isEmpty
                    ? "has no answers to items of the current banks"
                    : "was taken with other versions of the banks (\(changedBanks.sorted().joined(separator: ", "))); "
                        + "its answers cannot be matched to the current items"
                answers.excluded.append(ExcludedResult(source: loaded.path, reason: reason))
                continue
            }
            let session = answers.sessions.count
            answers.sessions.append(UsedSession(sessionID: document.sessionID, fields: fields(of: document)))
            answers.roleChoices.append(choices)
            for d in order.indices where !perDimension[d].isEmpty {
                rows[d].append(perDimension[d])
                rowSessions[d].append(session)
            }
        }
        for (d, dimension) in order.enumerated() {
            let items = dimensionItems[dimension] ?? []
            var matrix = ResponseMatrix(itemCount: items.count, categoryCount: items.map(\.categoryCount).max() ?? 2)
            for row in rows[d] { matrix.appendPerson(row) }
            answers.dimensions.append(
                DimensionAnswers(dimension: dimension, items: items, matrix: matrix, rowSessions: rowSessions[d]))
        }
        return answers
    }

    /// The groupable fields of a result.
    static func fields(of document: ResultDocument) -> [String: String] {
        var fields = ["mode": document.mode.rawValue, "engine-version": document.engineVersion]
        if let target = document.targetRole { fields["target-role"] = target }
        return fields
    }
}
