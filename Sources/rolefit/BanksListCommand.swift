import ArgumentParser
import RoleFitCore
import RoleFitTerminal

/// `rolefit banks list [--json]`: the roles, skill areas and banks that are loaded.
struct BanksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the roles, skill areas and banks."
    )

    @OptionGroup var location: BankLocationOptions
    @Flag(name: .long, help: "Print one JSON object.") var json = false

    func run() throws {
        let stats = BankStatistics(try location.loadOrExit())
        if json { return try StandardConsole.standard.outputJSON(stats) }
        var text = "Roles\n"
        for role in stats.roles { text += "  \(role.id.padding(10))\(role.name) — \(role.focus)\n" }
        text += "\nSkill areas\n"
        for area in stats.areas { text += "  \(area.id.padding(28))\(area.name) (\(area.items) items)\n" }
        text += "\nBanks\n"
        for bank in stats.banks {
            text += "  \(bank.id.padding(20))\(String(bank.itemCount).leftPadding(4)) items  \(bank.file)\n"
        }
        text +=
            "\n\(stats.totals.items) items in \(stats.banks.count) banks; \(stats.totals.provisional) with provisional parameters (from a difficulty rating, not yet calibrated)\n"
        StandardConsole.standard.output(text)
    }
}

extension String {
    /// The string padded with spaces on the right to at least `width` characters.
    func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
    /// The string padded with spaces on the left to at least `width` characters.
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
