/// What a session says about its time limit, the same in every presenter.
enum TimeLimitText {
    /// "5 minutes left." / "1 minute left: an answer after the limit is not scored."
    static func warning(secondsLeft: Int) -> String {
        let minutes = secondsLeft / 60
        let amount = minutes >= 1 ? "\(minutes) minute\(minutes == 1 ? "" : "s")" : "\(secondsLeft) seconds"
        return "\(amount) left. An answer given after the time limit is not scored."
    }

    /// "Time is up. …"
    static func timeUp(lateAnswer: String?) -> String {
        guard let lateAnswer else { return "Time is up; the session has ended." }
        return "Time is up; the session has ended. Your answer \"\(lateAnswer)\" came after the limit: it is kept but not scored."
    }
}
