import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit banks stats [--json]`: items per skill area and kind, per role, and parameter sources.
struct BanksStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show coverage: items per skill area and kind, per role, and by difficulty."
    )

    @OptionGroup var location: BankLocationOptions
    @Flag(name: .long, help: "Print one JSON object.") var json = false

    func run() throws {
        let stats = BankStatistics(try location.loadOrExit())
        if json { return try StandardConsole.standard.outputJSON(stats) }
        let kinds = ItemKind.allCases
        let shortNames = ["single", "multi", "t/f", "graded", "keyed", "self"]
        var text = "Items per skill area and kind\n"
        text += "  " + "area".padding(28) + shortNames.map { $0.leftPadding(7) }.joined() + "  total   info@0  (self)\n"
        for area in stats.areas {
            text += "  " + area.id.padding(28)
            text += kinds.map { String(area.byKind[$0.rawValue] ?? 0).leftPadding(7) }.joined()
            text += String(area.items).leftPadding(7)
            text += String(format: "%9.2f", area.performanceInformation["0"] ?? 0)
            text += String(format: "  (%.2f)", area.selfRatingInformation["0"] ?? 0) + "\n"
        }
        text += "  " + "all".padding(28) + kinds.map { String(stats.totals.byKind[$0.rawValue] ?? 0).leftPadding(7) }.joined()
        text += String(stats.totals.items).leftPadding(7) + "\n\nPer role\n"
        for role in stats.roles {
            text +=
                "  \(role.name.padding(28))\(role.coreItems) items in its core areas (weight ≥ 0.10), \(role.keyedItems) preference items keyed to it\n"
        }
        text += "\ninfo@0: expected test information at θ = 0 if every performance item of the area were asked\n"
        text += "(its inverse square root is the smallest possible standard error); (self): the same for self-ratings.\n"
        text +=
            "\nParameters (\(stats.totals.provisional) of \(stats.totals.items) items provisional: derived from a difficulty rating, not yet calibrated)\n"
        for (source, count) in stats.totals.byParameterSource.sorted(by: { $0.key < $1.key }) {
            text += "  \(source.padding(12))\(count)\n"
        }
        StandardConsole.standard.output(text)
    }
}
