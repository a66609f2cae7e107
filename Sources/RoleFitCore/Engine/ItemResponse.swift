/// A person's answer to one question, as the terminal reads it.
public enum ItemResponse: Sendable, Hashable, Codable {
    /// One option, 0-based (single choice, true/false, graded and role-keyed scenarios).
    case option(Int)
    /// Several options, 0-based (multiple response).
    case options(Set<Int>)
    /// A rating on the 1–5 scale (self-ratings).
    case rating(Int)
    /// No answer; the question counts towards the maximum but gives no evidence.
    case skipped
    /// "Not applicable" to a self-rating that allows it: no evidence, like a skip, but recorded apart.
    case notApplicable

    enum CodingKeys: String, CodingKey {
        case option, options, rating, skipped, notApplicable
    }

    /// Whether the response is an answer that carries evidence (not a skip, not "not applicable").
    public var isAnswer: Bool {
        switch self {
        case .option, .options, .rating: true
        case .skipped, .notApplicable: false
        }
    }

    /// Encodes as `{"option": 2}`, `{"options": [0, 3]}` (sorted), `{"rating": 4}`, `{"skipped": true}`
    /// or `{"notApplicable": true}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .option(let index): try container.encode(index, forKey: .option)
        case .options(let indices): try container.encode(indices.sorted(), forKey: .options)
        case .rating(let value): try container.encode(value, forKey: .rating)
        case .skipped: try container.encode(true, forKey: .skipped)
        case .notApplicable: try container.encode(true, forKey: .notApplicable)
        }
    }

    /// Decodes the form written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let index = try container.decodeIfPresent(Int.self, forKey: .option) {
            self = .option(index)
        } else if let indices = try container.decodeIfPresent([Int].self, forKey: .options) {
            self = .options(Set(indices))
        } else if let value = try container.decodeIfPresent(Int.self, forKey: .rating) {
            self = .rating(value)
        } else if try container.decodeIfPresent(Bool.self, forKey: .skipped) == true {
            self = .skipped
        } else if try container.decodeIfPresent(Bool.self, forKey: .notApplicable) == true {
            self = .notApplicable
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "an answer needs one of: option, options, rating, skipped, notApplicable"))
        }
    }
}

/// One entry of the answer log: which question, the answer and how long it took.
/// Journals are encoded with `JSONCoding` (sorted keys) for byte-stable files.
public struct AnsweredItem: Sendable, Hashable, Codable {
    /// The item id.
    public var itemID: String
    /// The answer.
    public var response: ItemResponse
    /// Seconds spent on the question.
    public var seconds: Double

    /// Creates an entry.
    public init(itemID: String, response: ItemResponse, seconds: Double) {
        self.itemID = itemID
        self.response = response
        self.seconds = seconds
    }
}
