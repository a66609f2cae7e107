import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit take`: start an adaptive session (the default command).
struct TakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "Start a session: about 15–35 questions, then your closest role and why.",
        discussion: """
            Modes: self (default) for self-assessment, training for feedback after every answer, \
            interview (with --target and often --time-limit) for a candidate, with nothing revealed during the session.
            """
    )

    @Option(name: .long, help: "Your name, used in the result's file name (asked when not given).")
    var name: String?

    @Option(name: .long, help: "self, training or interview.")
    var mode: SessionMode = .selfAssessment

    @Option(
        name: .long,
        help: ArgumentHelp("In interviews: the role to decide about (project, product, program, tpm).", valueName: "role"))
    var target: String?

    @OptionGroup var banks: BankLocationOptions
    @OptionGroup var output: SessionOutputOptions

    @Option(name: .long, help: "Seed for the engine's random choices (default: random; recorded in the result).")
    var seed: UInt64?

    @Flag(
        name: .long,
        help: "Avoid questions this name saw in earlier results in the folder (use only with a name that is yours alone).")
    var avoidRepeats = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "quick (the role decision only), standard (also the recommended role's defining areas and a short self-view) or thorough (every area).",
            valueName: "depth"))
    var depth: SessionDepth = .standard

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Ask at most this many questions (default by depth: quick 30, standard 45, thorough 90).", valueName: "n"))
    var maxItems: Int?

    @Option(
        name: .long, help: ArgumentHelp("Stop after this much answering time, e.g. 25m or 1h (1s to 24h).", valueName: "duration")
    )
    var timeLimit: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "When the banks have pretest items: the chance that one is shown before each question; its answer is recorded, never scored (0–0.5, default \(Self.defaultPretestRate)).",
            valueName: "p"))
    var pretestRate: Double?

    /// The pretest rate when the banks have pretest items and no --pretest-rate is given: about one
    /// extra question in ten, enough to reach 200 answers per item within a few hundred sessions.
    static let defaultPretestRate = 0.1

    func validate() throws {
        if let pretestRate, !(pretestRate >= 0 && pretestRate <= SessionSettings.maximumPretestRate) {
            throw ValidationError("--pretest-rate must lie between 0 and \(SessionSettings.maximumPretestRate).")
        }
        if let maxItems, !(1...200).contains(maxItems) {
            throw ValidationError("--max-items must be between 1 and 200.")
        }
        if let name, let problem = PersonName.problem(with: name) { throw ValidationError(problem) }
        if let timeLimit {
            do { _ = try SessionDuration.parseTimeLimit(timeLimit) } catch { throw ValidationError("--time-limit: \(error)") }
        }
        if target != nil && mode != .interview {
            throw ValidationError("--target is for interviews; add --mode interview.")
        }
    }

    func run() throws {
        let bankSet = try banks.loadOrExit()
        let roleIDs = bankSet.catalogue.roles.map(\.id)
        if let target, !roleIDs.contains(target) {
            throw ValidationError(
                "unknown role '\(target)'\(Suggestion.didYouMean(target, in: roleIDs)) — choose one of \(roleIDs.joined(separator: ", "))."
            )
        }
        let store = try output.store.openOrExit()
        let launcher = SessionLauncher(output: output, store: store, bankSet: bankSet, banksFolder: banks.folder)
        let console = launcher.makeConsole()
        let reader = try launcher.makeReader(console: console, mode: mode)
        var settings = SessionSettings(
            mode: mode, targetRole: target, seed: seed ?? UInt64.random(in: 0...UInt64.max), depth: depth)
        if let maxItems {
            settings.maxItems = maxItems
            settings.minItems = min(settings.minItems, maxItems)
        }
        settings.timeLimit = timeLimit.flatMap { try? SessionDuration.parseTimeLimit($0) }
        if bankSet.items.contains(where: \.isPretest) { settings.pretestRate = pretestRate ?? Self.defaultPretestRate }
        // The welcome comes first, so the name is asked under it rather than under a build log.
        let asksName = launcher.isInteractive && (name.map { PersonName.cleaned($0).isEmpty } ?? true)
        if asksName {
            TextSessionPresenter(console: console, mode: mode)
                .showIntroduction(settings: settings, itemKinds: Set(bankSet.items.map(\.kind)), resumedAnswers: 0)
        }
        let candidate = try askName(reader: reader, interactive: launcher.isInteractive)
        if avoidRepeats {
            guard candidate != "anonymous" else {
                throw ValidationError("--avoid-repeats needs your name (--name), so that nobody else's questions are avoided.")
            }
            do {
                settings.itemsToAvoid = try store.itemsSeen(byCandidate: candidate)
            } catch {
                StandardConsole.standard.message("Cannot read earlier results: \(error)\n")
                throw ExitCode(1)
            }
        }
        let session: AssessmentSession
        do {
            session = try AssessmentSession(bankSet: bankSet, settings: settings)
        } catch {
            StandardConsole.standard.message("Cannot start the session: \(error.description)\n")
            throw ExitCode(1)
        }
        let startedAt = Date()
        let sessionID = SessionJournal.newSessionID(candidate: candidate, at: startedAt)
        let record: any SessionRecord
        do {
            record = try store.createSession(
                SessionJournal.Header(
                    sessionID: sessionID, candidate: candidate, settings: settings, banksFolder: absolutePath(banks.folder),
                    banks: launcher.fingerprints, startedAt: startedAt))
        } catch {
            let advice =
                store is FolderStore
                ? "choose a writable folder with --results DIR" : "check the database server and your rights there"
            StandardConsole.standard.message(
                "Cannot start a session journal: \(error). Answers must be saved as you go, so the session did not start; \(advice).\n"
            )
            throw ExitCode(1)
        }
        let metadata = SessionMetadata(sessionID: sessionID, candidate: candidate, startedAt: startedAt)
        try launcher.run(
            session: session, record: record, metadata: metadata, reader: reader, console: console,
            introductionShown: asksName)
    }

    /// The name from --name, else asked at the terminal, else "anonymous".
    private func askName(reader: LineReader, interactive: Bool) throws -> String {
        if let name, !PersonName.cleaned(name).isEmpty { return PersonName.cleaned(name) }
        guard interactive else { return "anonymous" }
        reader.setCompletions([])
        switch reader.readLineOutsideHistory(prompt: " Your name (for the results file; Enter to stay anonymous) › ") {
        case .line(let text):
            let cleaned = PersonName.cleaned(text)
            return cleaned.isEmpty ? "anonymous" : cleaned
        case .interrupted, .endOfInput, .timedOut:
            StandardConsole.standard.message("\n No session started.\n")
            throw ExitCode(0)
        case .stopped(let signal):
            StandardConsole.standard.message("\n No session started.\n")
            throw ExitCode(StopSignals.exitStatus(signal))
        }
    }
}

/// The absolute form of a path, so a journal finds its banks from any working directory.
func absolutePath(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
}
