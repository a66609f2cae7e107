import RoleFitTerminal

/// A line reader that replays scripted input, for tests of session logic without a terminal.
public final class ScriptedLineReader: LineReader {
    /// The inputs still to deliver.
    public private(set) var remaining: [LineInput]
    /// Every prompt shown so far.
    public private(set) var prompts: [String] = []
    /// The completion words set before each read.
    public private(set) var completionHistory: [[String]] = []
    private var completions: [String] = []

    /// Creates a reader that delivers `inputs` in order, then `.endOfInput`.
    public init(_ inputs: [LineInput]) {
        remaining = inputs
    }

    /// Creates a reader that delivers each string as a line.
    public convenience init(lines: [String]) {
        self.init(lines.map(LineInput.line))
    }

    /// Delivers the next scripted input.
    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        completionHistory.append(completions)
        return remaining.isEmpty ? .endOfInput : remaining.removeFirst()
    }

    /// Records the completion words.
    public func setCompletions(_ words: [String]) { completions = words }

    /// Nothing to persist.
    public func close() {}
}
