import ArgumentParser
import RoleFitCore

/// Catches a misspelt command before ArgumentParser would hand it to the default command as a stray
/// argument: `rolefit reprot x.json` says "unknown command 'reprot'; did you mean 'report'?".
enum UnknownCommandCheck {
    /// The message for the first word that names no command at its level, or nil when all is well.
    static func problem(in arguments: [String], root: ParsableCommand.Type) -> String? {
        var group = root
        var path = [root._commandName]
        for word in arguments {
            guard !word.hasPrefix("-") else { return nil }
            let children = group.configuration.subcommands
            guard !children.isEmpty else { return nil }
            if let child = children.first(where: { $0._commandName == word }) {
                group = child
                path.append(word)
                continue
            }
            if word == "help" { return nil }
            let names = children.map { $0._commandName }
            let hint =
                Suggestion.closest(to: word, in: names).map { "; did you mean '\($0)'?" }
                ?? " (commands: \(names.joined(separator: ", ")))."
            return "unknown command '\(word)'\(hint) See `\(path.joined(separator: " ")) --help`."
        }
        return nil
    }
}
