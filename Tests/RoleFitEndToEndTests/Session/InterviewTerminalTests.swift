import Foundation
import Testing

@Suite("An interview in a real terminal, driven through tmux", .serialized)
struct InterviewTerminalTests {
    /// The "m:ss left" shown in the prompt, in seconds, from the last line that has one.
    private func secondsLeft(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").last(where: { $0.contains(" left · answer") }),
            let range = line.range(of: " left · answer")
        else { return nil }
        let clock = line[..<range.lowerBound].split(separator: " ").last ?? ""
        let parts = clock.split(separator: ":")
        guard parts.count == 2, let minutes = Int(parts[0]), let seconds = Int(parts[1]) else { return nil }
        return minutes * 60 + seconds
    }

    @Test(
        "countdown in the prompt, a warning, the session ends itself at the limit, the late answer is unscored, a neutral end, no history"
    )
    func timedInterview() throws {
        guard TmuxSession.isAvailable else {
            Issue.record("tmux is not installed; `make test` installs it")
            return
        }
        let folder = try RolefitProcess.workspace()
        let banks = RolefitProcess.shippedBanks.path
        let binary = RolefitProcess.binary.path
        // An earlier person's history: the candidate must not reach it, and it must not grow.
        let historyFolder = folder.appendingPathComponent("state/rolefit")
        try FileManager.default.createDirectory(at: historyFolder, withIntermediateDirectories: true)
        let historyFile = historyFolder.appendingPathComponent("history")
        let earlier = "Earlier Person\n"
        try earlier.write(to: historyFile, atomically: true, encoding: .utf8)
        let environment =
            "cd \(folder.path) && export HOME=\(folder.path) XDG_STATE_HOME=\(folder.path)/state NO_COLOR=1 TERM=xterm-256color;"
        let take = try TmuxSession(
            command:
                "trap true INT; \(environment) \(binary) take --mode interview --target tpm --time-limit 65s --banks \(banks) --results out --seed 4; sleep 60"
        )

        // The name prompt: Up finds nothing of the earlier person.
        let nameScreen = try #require(take.waitFor("Your name"), "no name prompt:\n\(take.screen())")
        // The welcome comes first and the name is asked under it.
        let welcome = nameScreen.range(of: "Interview mode")?.lowerBound
        let prompt = nameScreen.range(of: "Your name")?.lowerBound
        if let welcome, let prompt {
            #expect(welcome < prompt, "the name prompt is above the welcome:\n\(nameScreen)")
        } else {
            Issue.record("no welcome before the name prompt:\n\(nameScreen)")
        }
        try take.send("Up")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!take.screen().contains("Earlier Person"), "the history reached the name prompt:\n\(take.screen())")
        try take.send("C-u")
        try take.type("Zed Candidate")
        try take.send("Enter")

        // The countdown is in the prompt and goes down while the candidate waits.
        let first = try #require(take.waitFor { self.secondsLeft($0) != nil }, "no countdown in the prompt:\n\(take.screen())")
        let startLeft = try #require(secondsLeft(first))
        #expect((50...65).contains(startLeft), "countdown at the start: \(startLeft)")
        try #require(
            take.waitFor(seconds: 5) { (self.secondsLeft($0) ?? startLeft) < startLeft } != nil,
            "the countdown did not move:\n\(take.screen())")
        try take.type("1")
        try take.send("Enter")
        try #require(take.waitFor("1 minute left") != nil, "no 1-minute warning:\n\(take.screen())")

        // An answer typed but not sent when the time runs out; no key is pressed after it.
        try take.type("2")
        let ended = try #require(
            take.waitFor("saved for the interviewer", seconds: 80), "the session did not end by itself:\n\(take.screen())")
        #expect(ended.contains("Time is up"))
        for verdict in ["closest fit", "Why:", "%", "Strongest", "To grow"] {
            #expect(!ended.contains(verdict), "the candidate sees \(verdict):\n\(ended)")
        }

        // The result: the late answer is kept and not scored.
        let out = folder.appendingPathComponent("out")
        let results = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".json") }
        let file = try #require(results.first, "no result file")
        let data = try Data(contentsOf: out.appendingPathComponent(file))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(document["items"] as? [[String: Any]])
        let last = try #require(items.last)
        #expect((last["response"] as? [String: Any])?["skipped"] as? Bool == true, "late answer: \(last)")
        #expect(last["score"] == nil || last["score"] is NSNull)
        let notes = ((document["integrity"] as? [String: Any])?["notes"] as? [String]) ?? []
        #expect(notes.contains { $0.contains("after the time limit (typed: \"2\")") }, "notes: \(notes)")
        #expect((document["recommendation"] as? [String: Any])?["stopReason"] as? String == "time-limit")

        // The history file is as the earlier person left it: no name, no answers.
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        #expect(history == earlier, "history after the interview: \(history)")
    }
}
