/// Reads the inside of a GIFT answer block once its type is known: choices with weights, or true/false.
enum GiftAnswerParser {
    /// Multiple-choice answers: `=right`, `~wrong`, `~%50%partial`, each with optional `#feedback`.
    static func choices(_ answers: ArraySlice<GiftSymbol>, format: GiftTextFormat) -> Result<[ImportedAnswer], GiftParseError> {
        let markers = answers.indices.filter { answers[$0].isSyntax("~") || answers[$0].isSyntax("=") }
        guard let firstMarker = markers.first else { return .success([]) }
        let before = answers[answers.startIndex..<firstMarker].trimmed
        if let stray = before.first {
            return .failure(
                GiftParseError(
                    at: stray, "text '\(before.text)' before the first answer",
                    hint: "start every answer with '=' (correct) or '~' (wrong); escape a literal '=' or '~' as '\\=' or '\\~'"))
        }
        var result: [ImportedAnswer] = []
        for (position, start) in markers.enumerated() {
            let end = position + 1 < markers.count ? markers[position + 1] : answers.endIndex
            let marker = answers[start]
            var body = answers[(start + 1)..<end].trimmed
            var weight: Double = marker.scalar == "=" ? 1 : 0
            if marker.scalar == "~", let percent = body.first, percent.isSyntax("%") {
                switch parseWeight(body) {
                case .success(let (value, rest)):
                    weight = value
                    body = rest
                case .failure(let error):
                    return .failure(error)
                }
            }
            let (textPart, feedbackPart) = splitFeedback(body)
            let text = GiftTextFormat.read(textPart, inherited: format).text
            if text.isEmpty {
                return .failure(
                    GiftParseError(
                        at: marker, "answer \(position + 1) has no text",
                        hint: "write the answer after '\(marker.scalar)', or remove the empty marker"))
            }
            let feedback = feedbackPart.map { GiftTextFormat.read($0, inherited: format).text }
            result.append(
                ImportedAnswer(
                    text: text, weight: weight, feedback: feedback?.isEmpty == false ? feedback : nil, line: marker.line))
        }
        return .success(result)
    }

    /// The true/false value and the feedback for a wrong and a right answer (`{TRUE#wrong#right}`).
    static func trueFalse(_ answers: ArraySlice<GiftSymbol>, format: GiftTextFormat) -> (
        value: Bool, wrong: String?, right: String?
    ) {
        let hashes = answers.indices.filter { answers[$0].isSyntax("#") }
        let valueEnd = hashes.first ?? answers.endIndex
        let value = answers[answers.startIndex..<valueEnd].trimmed.text
        func part(_ index: Int) -> String? {
            guard index < hashes.count else { return nil }
            let end = index == 0 && hashes.count > 1 ? hashes[1] : answers.endIndex
            let text = GiftTextFormat.read(answers[(hashes[index] + 1)..<end], inherited: format).text
            return text.isEmpty ? nil : text
        }
        return (value == "T" || value == "TRUE", part(0), part(1))
    }

    /// Reads a leading `%n%` weight (n from −100 to 100, decimals allowed) as a fraction.
    static func parseWeight(_ body: ArraySlice<GiftSymbol>) -> Result<(Double, ArraySlice<GiftSymbol>), GiftParseError> {
        let hint = "write a weight as a percentage between -100 and 100 right after '~', for example ~%50%Answer or ~%-25%Answer"
        guard let open = body.first else { return .failure(GiftParseError(line: 0, column: 0, "empty weight")) }
        guard let close = body.dropFirst().firstIndex(where: { $0.isSyntax("%") }) else {
            return .failure(GiftParseError(at: open, "answer weight opened with '%' is not closed", hint: hint))
        }
        let raw = body[(body.startIndex + 1)..<close].text
        let digits = raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        let wellFormed =
            !digits.isEmpty && digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            && digits.filter { $0 == "." }.count <= 1 && digits.first != "." && digits.last != "."
        guard wellFormed, let percent = Double(raw), abs(percent) <= 100 else {
            return .failure(
                GiftParseError(at: open, "answer weight '%\(raw)%' is not a percentage between -100 and 100", hint: hint))
        }
        return .success((percent / 100, body[(close + 1)...]))
    }

    /// Splits `text#feedback` at the first unescaped `#`.
    static func splitFeedback(_ body: ArraySlice<GiftSymbol>) -> (ArraySlice<GiftSymbol>, ArraySlice<GiftSymbol>?) {
        guard let hash = body.firstSyntax("#") else { return (body, nil) }
        return (body[body.startIndex..<hash], body[(hash + 1)...])
    }
}
