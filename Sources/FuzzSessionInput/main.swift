// libFuzzer target: the answer lines of a `--format jsonl` session (one line per answer or command,
// Ctrl-C and end of input as control bytes) through SessionController with the JSON-lines presenter,
// then the journal it wrote, which must always read back and replay. Built only by scripts/fuzz.sh.
import Foundation
import RoleFitCore
import RoleFitTerminal

/// The fixture catalogue and starter bank (every item kind), embedded so the target needs no files.
let bankSet: BankSet? = BankLoader.load(documents: [
    ("catalogue.yaml", Data("""
format: rolefit-catalogue/1
areas:
  - id: schedule-time
    name: Schedule and time
    description: Building and protecting a realistic schedule.
  - id: market-customer
    name: Market and customer insight
    description: Understanding customers and the market.
  - id: technical-risk
    name: Technical risk
    description: Retiring technical unknowns.
roles:
  - id: project
    name: Project manager
    focus: Delivers one defined effort.
    weights: {schedule-time: 0.8, market-customer: 0.1, technical-risk: 0.1}
  - id: product
    name: Product manager
    focus: Owns why and what.
    weights: {schedule-time: 0.1, market-customer: 0.8, technical-risk: 0.1}
  - id: tpm
    name: Technical program manager
    focus: Owns the technical how and when.
    weights: {schedule-time: 0.1, market-customer: 0.1, technical-risk: 0.8}
""".utf8)),
    ("starter.yaml", Data("""
# yaml-language-server: $schema=../../../../QuestionBanks/schema/bank.schema.json
format: rolefit-bank/1
id: starter
title: Starter bank
description: One or two items of every kind, to exercise the loader.
items:
  - id: st-001
    kind: single-choice
    area: schedule-time
    prompt: "Which path through a schedule network decides the earliest finish date?"
    options:
      - text: The critical path
        correct: true
      - text: The path with the most tasks
      - text: The path owned by the largest team
    explanation: The critical path is the longest chain of dependent work; any delay on it delays the end.
    difficulty: easy
    tags: [schedule]
  - id: st-002
    kind: multiple-response
    area: market-customer
    prompt: "Which of these are direct evidence of a customer problem? Select all that apply."
    options:
      - text: Support tickets describing the same workaround
        correct: true
      - text: Interview notes where users describe the pain unprompted
        correct: true
      - text: A competitor's feature list
    explanation: Tickets and interviews come from customers; a feature list tells you about a competitor.
    irt: {a: 1.2, b: 0.3, c: 0.1}
  - id: st-003
    kind: true-false
    area: technical-risk
    prompt: A rollback plan is only needed when a migration has failed before.
    answer: false
    explanation: Every migration needs a tested rollback, before anything has gone wrong.
    difficulty: very-easy
  - id: st-004
    kind: graded-scenario
    area: schedule-time
    prompt: "A supplier warns that a part will be two weeks late. What do you do first?"
    options:
      - text: Check whether the part is on the critical path and what float exists
        score: 2
      - text: Tell the sponsor the date has moved by two weeks
        score: 1
      - text: Wait for the supplier to confirm the new date
        score: 0
    explanation: Knowing whether the delay touches the critical path tells you whether the end date moves at all.
    irt: {a: 1.1, steps: [-0.4, 0.6]}
  - id: st-005
    kind: role-keyed
    area: market-customer
    prompt: "Which of these would you most like to own next quarter?"
    options:
      - text: The plan and dates for the new release
        roles: [project]
      - text: Deciding which customer problem the release solves
        roles: [product]
      - text: The design of the service that the release depends on
        roles: [tpm]
    explanation: Each option reflects a different orientation.
  - id: st-006
    kind: self-rating
    area: technical-risk
    prompt: I run a failure drill before a launch that depends on a new service.
    explanation: Drills find the failure modes before customers do.
    irt: {a: 1.5, thresholds: [-1.5, -0.5, 0.5, 1.5]}
  - id: st-007
    kind: self-rating
    area: schedule-time
    prompt: I accept the first estimate a team gives me without asking how it was made.
    reverse: true
    labels: [Never, Rarely, Sometimes, Often, Always]
    scale: {min: 1, max: 5}
    explanation: Asking how an estimate was made exposes hidden assumptions.
    difficulty: hard
""".utf8)),
]).bankSet

/// A scratch folder in memory when the system has one, so the journal's fsyncs stay cheap.
let scratch = (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
    + "/rolefit-fuzz-session-\(getpid())"

/// The input split into lines as StreamLineReader splits them; a line that is only 0x03 is a Ctrl-C,
/// only 0x04 the end of input.
func lines(of data: Data) -> [LineInput] {
    data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).prefix(300).map { slice in
        var bytes = Array(slice)
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        if bytes == [3] { return .interrupted }
        if bytes == [4] { return .endOfInput }
        return .line(String(decoding: bytes, as: UTF8.self))
    }
}

/// libFuzzer's entry point: one scripted session; a journal that cannot be replayed is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSessionInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bankSet else { return 0 }
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let folder = scratch + "/results"
    try? FileManager.default.removeItem(atPath: folder)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let settings = SessionSettings(seed: 7)
    let journal = SessionJournal(resultsFolder: folder, sessionID: "fuzz")
    let clock = SteppingClock()
    guard let session = try? AssessmentSession(bankSet: bankSet, settings: settings),
          let lock = try? journal.create(SessionJournal.Header(sessionID: "fuzz", candidate: "Fuzz", settings: settings,
                                                               banksFolder: "", banks: [], startedAt: clock.now())) else { return 0 }
    let console = TestConsole(width: 80)
    let controller = SessionController(
        session: session, bankSet: bankSet, journal: journal,
        metadata: SessionMetadata(sessionID: "fuzz", candidate: "Fuzz", startedAt: clock.now()), resultsFolder: folder,
        reader: ScriptedLineReader(lines(of: data)), presenter: JSONLinesPresenter(console: console, bankSet: bankSet, sessionID: "fuzz"),
        clock: clock)
    let end = withExtendedLifetime(lock) { controller.run() }
    if case .saved = end {
        // The invariant: what the controller journalled reads back and replays to the same answers.
        guard let contents = try? journal.read(),
              let replayed = try? AssessmentSession.replaying(contents.answers, bankSet: bankSet, settings: settings),
              replayed.answers == controller.currentSession.answers else {
            fatalError("the journal written by the session does not replay: \(journal.path)")
        }
    }
    return 0
}
