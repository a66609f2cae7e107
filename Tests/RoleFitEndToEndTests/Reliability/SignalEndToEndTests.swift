import Foundation
import Testing

/// Issue 16: every catchable stop signal saves the session the same way, in piped and interactive use.
@Suite("Reliability: stop signals", .serialized)
struct SignalEndToEndTests {
    @Test(
        "piped session: the signal gives the saved line, exit 128+signal, no crash report",
        arguments: [
            SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPWR,
        ])
    func pipedSignal(_ signal: Int32) throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try InteractiveRolefit(
            [
                "take", "--format", "jsonl", "--name", "Sig", "--banks", HardeningDriver.banks,
                "--results", "out", "--seed", "3",
            ], in: folder)
        let first = try #require(session.nextQuestionOrEnd())
        session.send(HardeningDriver.reply(to: first))
        _ = try #require(session.nextQuestionOrEnd())
        kill(session.process.processIdentifier, signal)
        let end = session.nextQuestionOrEnd()
        session.process.waitUntilExit()
        let errors = session.standardError()
        #expect(end?["type"] as? String == "saved", "\(String(describing: end))\n\(errors)")
        #expect(session.process.terminationReason == .exit)
        #expect(session.process.terminationStatus == 128 + signal, "\(errors)")
        #expect(!errors.contains("crashed") && !errors.contains("Backtrace"), "\(errors)")
        let resumed = try RolefitProcess.run(["resume", "--results", "out", "--format", "jsonl"], in: folder, input: "")
        #expect(
            resumed.status == 0 && resumed.stdout.contains("\"answered\":1") || resumed.stdout.contains("\"answered\" : 1"),
            "\(resumed)")
    }

    @Test("piped text session: SIGINT and SIGQUIT print the saved line", arguments: [SIGINT, SIGQUIT])
    func pipedTextSignal(_ signal: Int32) throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try InteractiveRolefit(
            ["take", "--name", "Sig", "--banks", HardeningDriver.banks, "--results", "out"], in: folder)
        let sessions = folder.appendingPathComponent("out/.sessions")
        let deadline = Date().addingTimeInterval(60)
        while (try? FileManager.default.contentsOfDirectory(atPath: sessions.path))?.isEmpty ?? true, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.5)
        kill(session.process.processIdentifier, signal)
        session.process.waitUntilExit()
        let errors = session.standardError()
        // Stopped before the first answer: nothing is kept, so nothing waits to be resumed by mistake (issue 15).
        #expect(errors.contains("Nothing was answered, so no session was kept."), "\(errors)")
        #expect(session.process.terminationStatus == 128 + signal)
        #expect(!errors.contains("crashed"), "\(errors)")
    }

    @Test(
        "interactive session: SIGTERM and SIGHUP restore the terminal and say where the session is", arguments: [SIGTERM, SIGHUP])
    func interactiveSignal(_ signal: Int32) throws {
        guard TmuxSession.isAvailable else {
            Issue.record("tmux is not installed; `make test` installs it")
            return
        }
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment =
            "cd \(folder.path) && export HOME=\(folder.path) XDG_STATE_HOME=\(folder.path)/state NO_COLOR=1 TERM=xterm-256color;"
        let command =
            "\(environment) (echo $BASHPID > pid; exec \(RolefitProcess.binary.path) take --name Tmux --banks \(HardeningDriver.banks) --results out --seed 4); echo status=$?; stty -a > stty.txt; echo settled; sleep 30"
        let terminal = try TmuxSession(command: command)
        try #require(terminal.waitFor("answer (") != nil, "no first question:\n\(terminal.screen())")
        let pid = try #require(
            Int32(
                try String(contentsOf: folder.appendingPathComponent("pid"), encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, signal)
        let screen = terminal.waitFor("status=") ?? terminal.screen()
        #expect(screen.contains("status=\(128 + signal)"), "\(screen)")
        #expect(screen.contains("Nothing was answered, so no session was kept."), "\(screen)")
        try #require(terminal.waitFor("settled") != nil, "\(terminal.screen())")
        let modes = try String(contentsOf: folder.appendingPathComponent("stty.txt"), encoding: .utf8)
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
        #expect(modes.contains("icanon") && modes.contains("echo"), "terminal left raw: \(modes)")
    }

    @Test("interactive session: the name never enters the history, and the history file is private (0600)")
    func historyPrivacy() throws {
        guard TmuxSession.isAvailable else {
            Issue.record("tmux is not installed; `make test` installs it")
            return
        }
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment =
            "cd \(folder.path) && export HOME=\(folder.path) XDG_STATE_HOME=\(folder.path)/state NO_COLOR=1 TERM=xterm-256color; umask 022;"
        let terminal = try TmuxSession(
            command:
                "\(environment) \(RolefitProcess.binary.path) take --banks \(HardeningDriver.banks) --results out --seed 4; echo done; sleep 30"
        )
        try #require(terminal.waitFor("Your name") != nil, "no name prompt:\n\(terminal.screen())")
        try terminal.type("Secret Person")
        try terminal.send("Enter")
        try #require(terminal.waitFor("answer (") != nil, "no first question:\n\(terminal.screen())")
        try terminal.type("1")
        try terminal.send("Enter")
        try #require(terminal.waitFor("Question 2") != nil, "no second question:\n\(terminal.screen())")
        try terminal.send("C-d")
        try #require(terminal.waitFor("done") != nil, "did not stop:\n\(terminal.screen())")
        let history = folder.appendingPathComponent("state/rolefit/history").path
        let text = try String(contentsOfFile: history, encoding: .utf8)
        #expect(!text.contains("Secret"), "\(text)")
        #expect(text.contains("1"))
        let mode = try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int
        #expect(mode == 0o600, "history mode \(String(mode ?? 0, radix: 8))")
        let folderMode =
            try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("state/rolefit").path)[
                .posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test("--no-history and ROLEFIT_NO_HISTORY=1: a session at the terminal writes no history file")
    func historyOptOut() throws {
        guard TmuxSession.isAvailable else {
            Issue.record("tmux is not installed; `make test` installs it")
            return
        }
        for (variable, flag) in [("", "--no-history"), ("ROLEFIT_NO_HISTORY=1", "")] {
            let folder = try RolefitProcess.workspace()
            defer { try? FileManager.default.removeItem(at: folder) }
            let environment =
                "cd \(folder.path) && export HOME=\(folder.path) XDG_STATE_HOME=\(folder.path)/state NO_COLOR=1 TERM=xterm-256color \(variable);"
            let terminal = try TmuxSession(
                command:
                    "\(environment) \(RolefitProcess.binary.path) take --name Kept --banks \(HardeningDriver.banks) --results out --seed 4 \(flag); echo done; sleep 30"
            )
            try #require(terminal.waitFor("answer (") != nil, "no first question:\n\(terminal.screen())")
            try terminal.type("1")
            try terminal.send("Enter")
            try #require(terminal.waitFor("Question 2") != nil, "no second question:\n\(terminal.screen())")
            try terminal.send("C-d")
            try #require(terminal.waitFor("done") != nil, "did not stop:\n\(terminal.screen())")
            let history = folder.appendingPathComponent("state/rolefit/history").path
            #expect(!FileManager.default.fileExists(atPath: history), "\(variable)\(flag) still wrote \(history)")
        }
    }
}
