import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

extension ImportFormat: ExpressibleByArgument {}

/// `rolefit banks import --from gift|aiken FILE --output FILE`: turns Moodle questions into a RoleFit bank.
struct BanksImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Moodle GIFT or Aiken file into a RoleFit bank.",
        discussion: """
            Multiple choice becomes single-choice (one '=') or multiple-response (no '=', positive weights \
            correct); partial credit becomes a graded scenario; true/false stays true-false. Matching, \
            numerical, short answer, essay and description questions are reported with their line and skipped. \
            Skill areas come from --map CATEGORY=AREA, from a $CATEGORY that names an area, or from --area. \
            Exits 0 when questions were imported without errors, 1 on errors (nothing is written), 64 on usage errors.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Input format.", valueName: "gift|aiken"))
    var from: ImportFormat

    @Argument(help: ArgumentHelp("The GIFT or Aiken file to import.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Bank file to write ('-' for standard output).", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Skill area for questions no --map or category decides.", valueName: "id"))
    var area: String?

    @Option(name: .long, help: ArgumentHelp("Map a GIFT category to a skill area (repeatable).", valueName: "category=area"))
    var map: [String] = []

    @OptionGroup var location: BankLocationOptions

    @Option(name: .customLong("id"), help: ArgumentHelp("Bank id (default: from the output file name).", valueName: "id"))
    var bankID: String?

    @Option(name: .long, help: ArgumentHelp("Bank title (default: from the input file name).", valueName: "text"))
    var title: String?

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        for entry in map where Self.splitMapping(entry) == nil {
            throw ValidationError("--map '\(entry)' must look like CATEGORY=AREA, for example --map 'Risk=risk-management'")
        }
        if let bankID, !Slug.isItemID(bankID) {
            throw ValidationError("--id '\(bankID)' is not a valid bank id; use lower-case letters, digits and '-'")
        }
        try OutputFile.validate(output, force: force)
    }

    func run() throws {
        let catalogue = try lookUpCatalogue()
        let resolver = try makeResolver(knownAreas: catalogue.map { Set($0.catalogue.areas.map(\.id)) })
        let bytes: Data
        switch BoundedFile.read(file, limit: ImportLimits.maximumInputBytes) {
        case .success(let data):
            bytes = data
        case .failure(.tooLarge(let size, let limit)):
            StandardConsole.standard.message(
                "error: '\(file)' is \(size / 1_000_000) MB; RoleFit imports at most \(limit / 1_000_000) MB at once (an imported bank must stay under the 5 MB bank limit) — split it into several files and import each\n"
            )
            throw ExitCode(1)
        case .failure(let problem):
            StandardConsole.standard.message("error: '\(file)' \(problem); check the path and that the file is readable\n")
            throw ExitCode(1)
        }
        let inputName = (file as NSString).lastPathComponent
        let options = ImportOptions(
            format: from, bankID: bankID ?? defaultBankID, bankTitle: title ?? "Imported from \(inputName)",
            bankDescription: "Imported from \(inputName) (\(from.displayName)) with rolefit banks import.",
            areas: resolver, inputName: file
        )
        let result = BankImporter.run(bytes: bytes, options: options)
        if !result.report.issues.isEmpty {
            // The text is decoded a second time only to quote lines, so only when there is something to quote.
            StandardConsole.standard.diagnostics(
                result.report.issues.map { $0.diagnostic(file: file) },
                sources: [file: SourceText(String(decoding: bytes, as: UTF8.self))], summary: false)
        }
        guard !result.report.hasErrors else {
            StandardConsole.standard.message(
                result.report.summary + " Nothing written; fix the errors above and run the import again.\n")
            throw ExitCode(1)
        }
        let header = ["Imported from \(inputName) (\(from.displayName)) by rolefit banks import."]
        let yaml = BankYAMLWriter.write(result.bank, header: header)
        if yaml.utf8.count > SourceDecoding.maximumFileSize {
            StandardConsole.standard.message(
                "error: the imported bank would be \(yaml.utf8.count / 1_000_000) MB, over the 5 MB limit of a bank file; nothing written — split '\(file)' into several files and import each\n"
            )
            throw ExitCode(1)
        }
        if let catalogue {
            try selfCheck(result.bank, header: header, catalogueFile: catalogue.file)
        }
        try write(yaml)
        StandardConsole.standard.message(result.report.summary + (output == "-" ? "\n" : " Wrote \(output).\n"))
    }

    /// The catalogue to check areas against, when the banks folder has one.
    private func lookUpCatalogue() throws -> (file: String, catalogue: Catalogue)? {
        switch ImportCatalogue.find(in: location.folder) {
        case .found(let file, let catalogue):
            return (file, catalogue)
        case .none:
            if location.banks != nil {
                throw ValidationError(
                    "no catalogue in '\(location.folder)'; pass --banks with the folder that holds catalogue.yaml")
            }
            return nil
        case .invalid(let result):
            StandardConsole.standard.diagnostics(result.diagnostics, sources: result.sources)
            StandardConsole.standard.message("The catalogue in '\(location.folder)' has errors; fix them or pass --banks DIR.\n")
            throw ExitCode(1)
        }
    }

    /// The area resolver from --area and --map, checked against the catalogue when there is one.
    private func makeResolver(knownAreas: Set<String>?) throws -> AreaResolver {
        var mapping: [String: String] = [:]
        for entry in map {
            if let (category, area) = Self.splitMapping(entry) { mapping[category] = area }
        }
        let resolver = AreaResolver(defaultArea: area, map: mapping, knownAreas: knownAreas)
        for (flag, id) in [("--area", area)] + mapping.values.sorted().map({ ("--map", Optional($0)) }) {
            if let id, let problem = resolver.problem(with: id) {
                throw ValidationError("\(flag): \(problem)" + (knownAreas == nil ? "" : " (areas come from \(location.folder))"))
            }
        }
        return resolver
    }

    /// Loads the bank as written (in pieces) with the catalogue; a failure here is a bug in the importer, reported as such.
    private func selfCheck(_ bank: QuestionBank, header: [String], catalogueFile: String) throws {
        guard
            let diagnostics = ImportCatalogue.check(
                bank: bank, header: header, named: defaultBankID + ".yaml", catalogueFile: catalogueFile)
        else {
            return
        }
        let errors = diagnostics.filter { $0.severity == .error }
        let missing = diagnostics.filter { $0.severity == .warning && $0.message.contains("no explanation") }.count
        if !errors.isEmpty {
            StandardConsole.standard.message(errors.map { "internal check: \($0.message)" }.joined(separator: "\n") + "\n")
            StandardConsole.standard.message(
                "The imported bank does not pass `banks validate`; nothing written. Please report this with the input file.\n")
            throw ExitCode(1)
        }
        if missing > 0 {
            StandardConsole.standard.message(
                "note: \(missing) imported item\(missing == 1 ? " has" : "s have") no explanation (general feedback '####…'); `banks validate` will warn\n"
            )
        }
    }

    /// Writes the bank to the output file atomically (never replacing a file without --force), or to stdout.
    private func write(_ yaml: String) throws {
        try OutputFile.write(yaml, to: output, force: force, forPeople: false)
    }

    /// The bank id from the output (or input) file name.
    private var defaultBankID: String {
        let name = output == "-" ? file : output
        let slug = Slug.make(((name as NSString).lastPathComponent as NSString).deletingPathExtension)
        return slug.isEmpty ? "imported" : slug
    }

    /// Splits `CATEGORY=AREA` at its last '=' (categories may contain '=').
    static func splitMapping(_ entry: String) -> (String, String)? {
        guard let equals = entry.lastIndex(of: "=") else { return nil }
        let category = String(entry[..<equals]).trimmingCharacters(in: .whitespaces)
        let area = String(entry[entry.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        return category.isEmpty || area.isEmpty ? nil : (category, area)
    }
}
