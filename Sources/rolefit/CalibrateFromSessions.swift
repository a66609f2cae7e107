import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

extension CalibrateCommand {
    /// `rolefit calibrate` without `--responses`: the store's finished results against the banks'
    /// authored parameters, written to `calibration.json` beside the banks (or only shown, `--dry-run`).
    func runFromSessions() throws {
        let banks = try BankLocationOptions.load(
            folder: bankLocation.folder, named: bankLocation.banks != nil, applyCalibration: false)
        let store = try location.openOrExit()
        let contents = try location.loadOrExit(store)
        let source = store is FolderStore ? location.folder : store.displayName
        let answers = SessionAnswers.collect(contents.results, banks: banks)
        guard !answers.sessions.isEmpty else {
            for excluded in answers.excluded {
                StandardConsole.standard.message("warning: \(TerminalText.inline(excluded.description))\n")
            }
            StandardConsole.standard.message(
                "error: no result in \(TerminalText.inline(source)) answers items of the banks in '\(TerminalText.inline(bankLocation.folder))'; "
                    + "collect sessions with these banks (`rolefit take`) or pass --store/--results and --banks\n")
            throw ExitCode(1)
        }
        let settings = CalibrationSettings(tolerance: tolerance, accelerate: !noAcceleration)
        let calibration = BankCalibration.run(answers, banks: banks, minimumAnswers: minAnswers, settings: settings)
        var text = BankCalibrationText.render(calibration, source: source)
        var dif: [SessionDIF.Dimension]?
        if let groupBy {
            let values = Set(answers.sessions.compactMap { $0.fields[groupBy] }).sorted()
            if let focal, !values.contains(focal) {
                StandardConsole.standard.message(
                    "error: --focal \(TerminalText.inline(focal)) is not a value of '\(groupBy)' in these results "
                        + "(\(TerminalText.inline(values.joined(separator: ", ")))); pass one of them or leave --focal out for the smaller group\n"
                )
                throw ExitCode(64)
            }
            let report = SessionDIF.analyze(answers, calibration: calibration, field: groupBy, focal: focal)
            text += SessionDIF.text(report, field: groupBy)
            dif = report
        }
        let document = CalibrationDocument(calibration: calibration, banks: banks, source: source, created: Date())
        let path = (bankLocation.folder as NSString).appendingPathComponent(CalibrationDocument.fileName)
        let file: String
        let json: String
        do {
            file = try document.text()
            json = try SessionCalibrationJSON(document: document, calibration: calibration, dif: dif).text()
        } catch {
            StandardConsole.standard.message("error: cannot encode the calibration: \(TerminalText.inline("\(error)"))\n")
            throw ExitCode(1)
        }
        if dryRun {
            if self.json { StandardConsole.standard.outputData(json) } else { StandardConsole.standard.output(text) }
            StandardConsole.standard.message("dry run: nothing written (would write \(TerminalText.inline(path)))\n")
            return
        }
        do {
            try DurableFile.writeAtomically(Data(file.utf8), to: path, overwrite: true)
        } catch {
            StandardConsole.standard.message(
                "error: cannot write \(TerminalText.inline(path)): \(TerminalText.inline("\(error)")); check that the bank folder is writable\n"
            )
            throw ExitCode(1)
        }
        // The loader must accept what was written; say so plainly if it does not.
        let check = BankLoader.load(paths: [bankLocation.folder])
        guard check.bankSet != nil else {
            StandardConsole.standard.diagnostics(check.diagnostics, sources: check.sources)
            StandardConsole.standard.message(
                "error: the banks do not load with the new \(TerminalText.inline(path)); remove it\n")
            throw ExitCode(1)
        }
        if self.json { StandardConsole.standard.outputData(json) } else { StandardConsole.standard.output(text) }
        StandardConsole.standard.message(
            "wrote \(TerminalText.inline(path)): \(document.items.count) items calibrated, \(document.kept.count) kept; "
                + "the banks now load with these values\n")
    }
}
