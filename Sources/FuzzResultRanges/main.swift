// libFuzzer target: the result reader's range checks. Each input is a list of edits (one selector
// byte, then 8 bytes of a number) applied to a real result document's numeric fields; the edited
// document goes through ResultRangeCheck, the check ResultFileReader.decode runs after decoding, and a
// document it accepts is rendered by one of the reports, chosen by the bytes left after the last whole
// edit (0–8 of them: nine renderings, the team and export ones beside an older result). A trap anywhere
// is a finding: whatever passes the range check must be safe to report. The JSON round trip of a file is
// not repeated here (it is the identity on finite numbers, the only ones JSON can carry, and the range
// check refuses the others; FuzzResultReader fuzzes the decoding): it was a third of each input's time,
// and the nine renderings of every accepted input most of the rest. Built only by scripts/fuzz.sh.
import Foundation
import RoleFitCore
import RoleFitTerminal

/// The seed result, with every section issue 12 added (scripts/fuzz.sh runs from the package root).
let base: ResultDocument? = (FileManager.default.contents(atPath: "Fuzz/Seeds/FuzzResultReader/result-interview-faker.json"))
    .flatMap { try? ResultStore.decode($0) }
/// A result written before those sections, reported beside it in the team view.
let older: ResultDocument? = (FileManager.default.contents(atPath: "Fuzz/Seeds/FuzzResultReader/result-4-items.json"))
    .flatMap { try? ResultStore.decode($0) }

/// Applies one edit: `selector` picks the field (and the list entry), `bits` gives the number.
func apply(_ selector: UInt8, _ bits: UInt64, to document: inout ResultDocument) {
    let real = Double(bitPattern: bits)
    let whole = Int(truncatingIfNeeded: bits) >> Int(bits & 63)
    let index = Int(selector >> 5)
    switch selector & 31 {
    case 0: document.recommendation.confidence = real
    case 1: document.integrity.totalSeconds = real
    case 2: document.integrity.undoCount = whole
    case 3: document.integrity.fastAnswerCount = whole
    case 4 where document.roles.indices.contains(index): document.roles[index].probability = real
    case 5 where document.roles.indices.contains(index): document.roles[index].fit = real
    case 6 where document.roles.indices.contains(index): document.roles[index].fitSE = real
    case 7 where document.roles.indices.contains(index): document.roles[index].capabilityProbability = real
    case 8 where document.areas.indices.contains(index): document.areas[index].score = whole
    case 9 where document.areas.indices.contains(index): document.areas[index].scoreLow = whole
    case 10 where document.areas.indices.contains(index): document.areas[index].scoreHigh = whole
    case 11 where document.areas.indices.contains(index): document.areas[index].combined.theta = real
    case 12 where document.areas.indices.contains(index): document.areas[index].combined.se = real
    case 13 where document.areas.indices.contains(index): document.areas[index].itemCount = whole
    case 14 where document.items.indices.contains(index): document.items[index].seconds = real
    case 15 where document.items.indices.contains(index): document.items[index].leaderProbability = real
    case 16 where document.items.indices.contains(index): document.items[index].theta = real
    case 17 where document.items.indices.contains(index): document.items[index].score = whole
    case 18 where document.items.indices.contains(index): document.items[index].maxScore = whole
    case 19 where document.items.indices.contains(index): document.items[index].index = whole
    case 20: document.settings.maxItems = whole
    case 21: document.settings.timeLimit = real
    case 22 where document.areas.indices.contains(index): document.areas[index].selfRating = Estimate(theta: real, se: real)
    case 23: document.axes?.preference.confidence = real
    case 24 where document.axes?.capability.roles.indices.contains(index) == true:
        document.axes?.capability.roles[index].probability = real
    case 25: document.axes?.randomResponderProbability = real
    case 26: document.target?.level = Estimate(theta: real, se: real)
    case 27: document.target?.probabilityAboveAverage = real
    case 28 where document.selfView?.indices.contains(index) == true: document.selfView?[index].difference = real
    case 29: document.integrity.signals?.rapidAnswerCount = whole
    case 30: document.axes?.preference.evidenceCount = whole
    default: break
    }
}

/// Renders `document` by the report numbered `choice` (0–8).
func render(_ document: ResultDocument, choice: Int) {
    let alone = [LoadedResult(path: "a.json", document: document)]
    let withOlder = alone + [LoadedResult(path: "b.json", document: older ?? document)]
    let style = TextStyle(enabled: false)
    switch choice {
    case 0: _ = MarkdownResultReport.render(document)
    case 1: _ = HTMLResultReport.render(document)
    case 2: _ = ResultScreen(width: 80, style: style).render(document, savedPath: "a.json", header: true)
    case 3: _ = InterviewerMarkdownReport.render(document)
    case 4: _ = InterviewerHTMLReport.render(document)
    case 5: _ = InterviewerScreen(width: 80, style: style).render(document)
    case 6:
        let team = TeamAnalysis.summarize(withOlder)
        _ = TeamTextReport.render(team, folder: "Results")
        for table in TeamCSV.Table.allCases { _ = TeamCSV.render(team, table: table) }
    case 7: _ = TeamHTMLReport.render(TeamAnalysis.summarize(withOlder), folder: "Results")
    default:
        _ = ResultExport.sessionsCSV(withOlder)
        // One row per answered item from that item's numbers alone (ResultExport.itemRows): the edited
        // document is exported by itself.
        _ = ResultExport.itemsCSV(alone)
    }
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResultRanges(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard var document = base else {
        print(
            "FuzzResultRanges: cannot read Fuzz/Seeds/FuzzResultReader/result-interview-faker.json; run it from the package root (scripts/fuzz.sh does)"
        )
        exit(2)
    }
    guard let start else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    var offset = 0
    while offset + 9 <= bytes.count {
        var bits: UInt64 = 0
        for byte in bytes[(offset + 1)..<(offset + 9)] { bits = bits << 8 | UInt64(byte) }
        apply(bytes[offset], bits, to: &document)
        offset += 9
    }
    guard ResultRangeCheck.firstProblem(in: document) == nil else { return 0 }  // the reader refuses it
    render(document, choice: bytes.count - offset)
    return 0
}
