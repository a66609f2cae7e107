import RoleFitCore

/// Presents a session to a person: questions on stderr (with readline's prompt), the result on stdout.
public final class TextSessionPresenter: SessionPresenter {
    private let console: Console
    private let mode: SessionMode

    /// Creates a presenter.
    public init(console: Console, mode: SessionMode) {
        self.console = console
        self.mode = mode
    }

    private var renderer: QuestionRenderer {
        QuestionRenderer(width: console.width, style: console.style, showsLeader: mode != .interview)
    }

    /// The three-line introduction.
    public func showIntroduction(settings: SessionSettings, itemKinds: Set<ItemKind>, resumedAnswers: Int) {
        let style = console.style
        var text =
            "\n"
            + TextWrapper.wrap(
                style.bold("RoleFit") + " · which role fits you best: project, product, program or technical program manager?",
                width: console.width, indent: " ") + "\n"
        if resumedAnswers > 0 {
            text +=
                " Welcome back: your \(resumedAnswers) earlier answer\(resumedAnswers == 1 ? " is" : "s are") restored; the session continues where it stopped.\n"
        } else {
            let typical = SessionLength.typicalRange(settings)
            let range = typical.count == 1 ? "About \(typical.lowerBound)" : "Usually \(typical.lowerBound)–\(typical.upperBound)"
            text +=
                TextWrapper.wrap(
                    "\(range) questions (at most \(settings.maxItems)): \(Self.listed(askedKinds(settings, itemKinds).map(\.description))). There are no trick questions; answer as you really work.",
                    width: console.width, indent: " ") + "\n"
        }
        let kinds = askedKinds(settings, itemKinds)
        var formats = ["the option number or letter"]
        if kinds.contains(.selfRatings) { formats.append("a rating 1–5") }
        if itemKinds.contains(.multipleResponse) { formats.append("a list like 1,3") }
        var modeLine =
            "Answer with \(Self.listed(formats, conjunction: "or")). Type :help for commands; every answer is saved as you go."
        if mode == .training { modeLine += " Training mode: you get feedback and an explanation after each answer." }
        if mode == .interview { modeLine += " Interview mode: no feedback; your answers go to the interviewer." }
        if let limit = settings.timeLimit {
            modeLine +=
                " Time limit: \(SessionDuration.readableText(limit)); the prompt shows the time left and the session ends by itself when it runs out."
        }
        text += TextWrapper.wrap(modeLine, width: console.width, indent: " ") + "\n"
        console.message(text)
    }

    /// The kinds of question a session can ask from these banks with these settings.
    private func askedKinds(_ settings: SessionSettings, _ itemKinds: Set<ItemKind>) -> [QuestionFamily] {
        let present = Set(itemKinds.map(QuestionFamily.init))
        return QuestionFamily.allCases.filter {
            present.contains($0) && !($0 == .selfRatings && settings.selfRatings == .ignored)
        }
    }

    /// "a, b and c".
    private static func listed(_ words: [String], conjunction: String = "and") -> String {
        guard words.count > 1, let last = words.last else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// The question block.
    public func showQuestion(_ item: Item, areaName: String, index: Int, progress: ProgressInfo) {
        console.message(renderer.render(item, areaName: areaName, progress: progress))
    }

    /// "That was the last question. Press Enter to finish, or type :undo …", then the " finish › " prompt.
    public func offerUndoOfLastAnswer() -> String? {
        console.message(
            "\n"
                + TextWrapper.wrap(
                    "That was the last question. Press Enter to finish, or type :undo to change your last answer.",
                    width: console.width, indent: " ") + "\n")
        return " finish › "
    }

    /// " answer (1-4, :help) › ".
    public func answerPrompt(for item: Item) -> String { renderer.answerPrompt(for: item) }

    /// A short notice.
    public func showNotice(_ text: String) {
        console.message(TextWrapper.wrap(console.style.caution(text), width: console.width, indent: " ") + "\n")
    }

    /// Right/wrong or the score, then the explanation.
    public func showFeedback(for item: Item, response: ItemResponse, feedback: AnswerFeedback) {
        let style = console.style
        var headline: String
        switch (item.kind, response) {
        case (.singleChoice, .option), (.trueFalse, .option):
            let best = feedback.bestOptions.first ?? 0
            headline =
                feedback.correct == true
                ? style.good("✔ Right.")
                : style.bad("✘ Not quite.") + " The answer is \(best + 1). \(item.options[safe: best]?.text ?? "")"
        case (.multipleResponse, .options):
            headline =
                feedback.correct == true
                ? style.good("✔ Right.")
                : style.bad("✘ Not quite.") + " The right set is "
                    + feedback.bestOptions.map { String($0 + 1) }.joined(separator: ", ") + "."
        case (.gradedScenario, .option):
            let top = feedback.maxScore ?? 0
            let score = feedback.score ?? 0
            let bestIndex = feedback.bestOptions.first ?? 0
            headline =
                score == top
                ? style.good("✔ The strongest choice.")
                : style.caution("Your choice scores \(score) of \(top).")
                    + " The strongest: \(bestIndex + 1). \(item.options[safe: bestIndex]?.text ?? "")"
        case (.roleKeyed, _):
            headline = style.accent("No right answer here:") + " it shows what you like to do."
        case (.selfRating, .notApplicable):
            headline = style.accent("Noted as not applicable:") + " it counts neither for nor against you."
        case (.selfRating, _):
            headline = style.accent("Noted.")
        default:
            headline = ""
        }
        var text = TextWrapper.wrap(headline, width: console.width, indent: " ", hangingIndent: " ") + "\n"
        if case .option(let index) = response, let feedback = item.options[safe: index]?.feedback {
            text += TextWrapper.wrap(feedback, width: console.width, indent: " ") + "\n"
        }
        if let explanation = item.explanation {
            text += TextWrapper.wrap(style.dim(explanation), width: console.width, indent: " ") + "\n"
        }
        console.message(text)
    }

    /// How to answer this question and the commands.
    public func showHelp(for item: Item) {
        var text = " Answer this question with \(AnswerParser(item: item).acceptedSummary), then Enter.\n"
        text += " Editing keys work as in your shell (←/→, Ctrl-A/E, ↑ for earlier answers); Tab completes.\n"
        for command in SessionCommand.allCases {
            text += "   \(command.typed.padding(toLength: 11, withPad: " ", startingAt: 0))\(command.summary)\n"
        }
        text += " Ctrl-C clears the line (twice: save and stop); Ctrl-D saves and stops.\n"
        console.message(text)
    }

    /// The progress report.
    public func showProgress(_ text: String) {
        console.message(TextWrapper.wrap(text, width: console.width, indent: " ", hangingIndent: " ") + "\n")
    }

    /// "5 minutes left." above the prompt.
    public func showTimeWarning(secondsLeft: Int) {
        showNotice(TimeLimitText.warning(secondsLeft: secondsLeft))
    }

    /// "Time is up." with what happens to a late answer.
    public func showTimeUp(lateAnswer: String?) {
        showNotice(TimeLimitText.timeUp(lateAnswer: lateAnswer))
    }

    /// The results screen on stdout; in interviews a neutral closing screen instead, since the result
    /// is for the interviewer.
    public func showResult(_ document: ResultDocument, path: String) {
        if mode == .interview {
            let lines = InterviewEnd.sentences.map { TextWrapper.wrap(console.style.bold($0), width: console.width, indent: " ") }
            console.output("\n" + lines.joined(separator: "\n") + "\n")
            return
        }
        console.output(ResultScreen(width: console.width, style: console.style).render(document, savedPath: path))
    }

    /// Where the session was saved and the exact command that continues it.
    public func showSaved(sessionID: String, journalPath: String, answered: Int, resumeCommand: String) {
        // The command stands on its own line, unwrapped, so it copies whole.
        let text = "Saved \(answered) answer\(answered == 1 ? "" : "s"). Continue any time with:"
        console.message("\n" + TextWrapper.wrap(text, width: console.width, indent: " ") + "\n   \(resumeCommand)\n")
    }

    /// Nothing was answered, so nothing was kept.
    public func showDiscarded() {
        console.message(
            "\n"
                + TextWrapper.wrap(
                    "Nothing was answered, so no session was kept. Start again with `rolefit take`.",
                    width: console.width, indent: " ") + "\n")
    }
}
