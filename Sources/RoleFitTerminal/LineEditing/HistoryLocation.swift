import Foundation
import RoleFitCore

/// Where the answer history lives: `$XDG_STATE_HOME/rolefit/history`, else `~/.local/state/rolefit/history`;
/// nowhere in interviews, with `--no-history`, or with `ROLEFIT_NO_HISTORY` set (to anything but 0).
public enum HistoryLocation {
    /// The environment variable that turns the history off.
    public static let optOutVariable = "ROLEFIT_NO_HISTORY"

    /// The history file for an environment, or nil when neither XDG_STATE_HOME nor HOME is set.
    public static func file(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/rolefit/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/rolefit/history"
    }

    /// The history file for a session, or nil when it must keep none: an interview (the next candidate
    /// must not find this one's answers behind the Up key), `--no-history`, or the opt-out variable.
    public static func file(environment: [String: String], mode: SessionMode, noHistory: Bool) -> String? {
        guard mode != .interview, !noHistory, !isOptedOut(environment) else { return nil }
        return file(environment: environment)
    }

    /// Whether `ROLEFIT_NO_HISTORY` asks for no history (set, and neither empty nor "0").
    public static func isOptedOut(_ environment: [String: String]) -> Bool {
        guard let value = environment[optOutVariable]?.trimmingCharacters(in: .whitespaces) else { return false }
        return !value.isEmpty && value != "0"
    }
}
