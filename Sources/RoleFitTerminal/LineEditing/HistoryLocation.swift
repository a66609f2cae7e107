/// Where the answer history lives: `$XDG_STATE_HOME/rolefit/history`, else `~/.local/state/rolefit/history`.
public enum HistoryLocation {
    /// The history file for an environment, or nil when neither XDG_STATE_HOME nor HOME is set.
    public static func file(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/rolefit/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/rolefit/history"
    }
}
