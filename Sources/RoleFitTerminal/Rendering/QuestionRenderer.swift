import RoleFitCore

/// Draws a question the way product.md sketches it: a progress line, the kind and area, the wrapped
/// prompt, numbered options (or a labelled 1–5 scale) and the answer prompt.
public struct QuestionRenderer: Sendable {
    /// Wrap width.
    public var width: Int
    /// Styling.
    public var style: TextStyle
    /// Whether to show the leading role (hidden in interviews so nothing is revealed).
    public var showsLeader: Bool

    /// Creates a renderer.
    public init(width: Int, style: TextStyle, showsLeader: Bool = true) {
        self.width = width
        self.style = style
        self.showsLeader = showsLeader
    }

    /// The progress line: "Question 7 · about 14 to go · leading: Product manager ▰▰▰▰▱ 71%".
    public func progressLine(_ progress: ProgressInfo) -> String {
        var parts = ["Question \(progress.questionNumber)"]
        if let remaining = progress.estimatedRemaining {
            parts.append(remaining <= 1 ? "nearly done" : "about \(remaining) to go")
        }
        if showsLeader, let role = progress.leadingRole, let confidence = progress.leadingConfidence {
            parts.append("leading: \(role) \(Bar.meter(confidence)) \(ReportText.percent(confidence))")
        }
        return " " + style.bold(parts.joined(separator: " · "))
    }

    /// The whole question block, ending with a blank line (the answer prompt is separate).
    public func render(_ item: Item, areaName: String, progress: ProgressInfo) -> String {
        var text = "\n" + progressLine(progress) + "\n"
        text += " " + style.dim("\(item.kind.label) · \(areaName.lowercased())") + "\n\n"
        text += TextWrapper.wrap(item.prompt, width: width - 1, indent: " ") + "\n\n"
        switch item.kind {
        case .selfRating:
            text += TextWrapper.wrap(likertLine(item), width: width - 1, indent: "   ", hangingIndent: "   ") + "\n"
        case .trueFalse:
            text += "   1  True\n   2  False\n"
        default:
            let numberWidth = String(item.options.count).count
            for (index, option) in item.options.enumerated() {
                let number = String(index + 1).leftPadded(numberWidth)
                let lead = "   \(number)  "
                text +=
                    TextWrapper.wrap(
                        option.text, width: width - 1, indent: lead,
                        hangingIndent: String(repeating: " ", count: lead.count)) + "\n"
            }
        }
        return text + "\n"
    }

    /// The answer prompt: " answer (1-4, :help) › ".
    public func answerPrompt(for item: Item) -> String {
        let range =
            switch item.kind {
            case .selfRating: item.allowsNotApplicable ? "1-5 or n/a" : "1-5"
            case .multipleResponse: "e.g. 1,3"
            case .trueFalse: "1 true, 2 false"
            default: "1-\(item.options.count)"
            }
        return " answer (\(range), :help) › "
    }

    /// "1 Strongly disagree · 2 Disagree · 3 Neither agree nor disagree · 4 Agree · 5 Strongly agree"
    /// (and "· n/a Does not apply to me" when the item allows it).
    private func likertLine(_ item: Item) -> String {
        // Options carry the labels in display order 1…5 (their scores may be reversed).
        let scale = item.options.enumerated().map { "\($0.offset + 1) \($0.element.text)" }.joined(separator: " · ")
        return item.allowsNotApplicable ? scale + " · n/a Does not apply to me" : scale
    }
}

extension String {
    /// The string padded on the left to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
