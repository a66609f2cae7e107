import Foundation

/// Commands printed for people to copy and paste, complete with the options the session used and
/// with arguments quoted for the shell where needed.
public enum CommandHint {
    /// The results folder used when neither --results nor ROLEFIT_RESULTS names one.
    public static let defaultResultsFolder = "Results"

    /// `rolefit resume ID`, with `--results DIR` unless the folder is the default.
    public static func resume(sessionID: String, resultsFolder: String) -> String {
        "rolefit resume \(quoted(sessionID))" + resultsOption(resultsFolder)
    }

    /// `rolefit resume ID` followed by the options that select the session's store.
    public static func resume(sessionID: String, storeOptions: [String]) -> String {
        "rolefit resume \(quoted(sessionID))" + options(storeOptions)
    }

    /// `rolefit sessions` followed by the options that select the store.
    public static func sessions(storeOptions: [String]) -> String {
        "rolefit sessions" + options(storeOptions)
    }

    /// `rolefit sessions discard ID` followed by the options that select the store.
    public static func discard(sessionID: String, storeOptions: [String]) -> String {
        "rolefit sessions discard \(quoted(sessionID))" + options(storeOptions)
    }

    private static func options(_ arguments: [String]) -> String {
        arguments.map { " " + quoted($0) }.joined()
    }

    /// `rolefit sessions`, with `--results DIR` unless the folder is the default.
    public static func sessions(resultsFolder: String) -> String {
        "rolefit sessions" + resultsOption(resultsFolder)
    }

    /// `rolefit sessions discard ID`, with `--results DIR` unless the folder is the default.
    public static func discard(sessionID: String, resultsFolder: String) -> String {
        "rolefit sessions discard \(quoted(sessionID))" + resultsOption(resultsFolder)
    }

    /// `rolefit report FILE --format html --output FILE.html` (the page goes to a file, not the terminal).
    public static func htmlReport(resultPath: String) -> String {
        if let (sessionID, store) = storedResult(resultPath) {
            return
                "rolefit report \(quoted(sessionID)) --store \(quoted(store)) --format html --output \(quoted(sessionID + ".html"))"
        }
        let page = resultPath.hasSuffix(".json") ? String(resultPath.dropLast(5)) + ".html" : resultPath + ".html"
        return "rolefit report \(quoted(resultPath)) --format html --output \(quoted(page))"
    }

    /// The session id and the store address in a database result's location ("session ID in postgres://…").
    private static func storedResult(_ location: String) -> (String, String)? {
        guard location.hasPrefix("session "), let separator = location.range(of: " in ") else { return nil }
        let sessionID = String(location[location.index(location.startIndex, offsetBy: 8)..<separator.lowerBound])
        let store = String(location[separator.upperBound...])
        guard !sessionID.contains(" "), store.contains("://") else { return nil }
        return (sessionID, store)
    }

    private static func resultsOption(_ folder: String) -> String {
        folder == defaultResultsFolder ? "" : " --results \(quoted(folder))"
    }

    /// The argument as the shell reads it: unchanged when it holds only safe characters, otherwise in
    /// single quotes (a single quote inside becomes '\'').
    public static func quoted(_ argument: String) -> String {
        let safe =
            !argument.isEmpty
            && argument.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "-_./:=@%+,".unicodeScalars.contains(scalar))
            }
        return safe ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
