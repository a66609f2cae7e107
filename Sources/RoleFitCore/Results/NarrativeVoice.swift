/// Who a narrative is written for: the candidate ("you") or an interviewer ("the candidate").
public enum NarrativeVoice: Sendable, Hashable {
    /// Second person, for the person who took the session.
    case candidate
    /// Third person, for the interviewer.
    case interviewer

    /// "you" or "the candidate".
    var subject: String { self == .candidate ? "you" : "the candidate" }
    /// "you" or "them".
    var object: String { self == .candidate ? "you" : "them" }
    /// "your" or "the candidate's".
    var possessive: String { self == .candidate ? "your" : "the candidate's" }
}
