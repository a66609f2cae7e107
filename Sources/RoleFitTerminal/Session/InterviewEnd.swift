/// What the candidate is told when an interview ends, on every front end (text and JSON lines): no
/// verdict, no probabilities, no result path; the result is for the interviewer.
public enum InterviewEnd {
    /// The closing sentences, one a line on the text screen.
    public static let sentences = ["Thank you, that is the end of the session.", "Your answers are saved for the interviewer."]
    /// The closing words in one line.
    public static var message: String { sentences.joined(separator: " ") }
}
