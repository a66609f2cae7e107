// libFuzzer target: session journals through SessionJournal.parse (line splitting, header, events, undos).
// Built only by scripts/fuzz.sh (ROLEFIT_FUZZ=1).
import Foundation
import RoleFitCore

/// libFuzzer's entry point: runs one input through the reader; any crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournalReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    _ = try? SessionJournal.parse(data, path: "fuzz.jsonl")
    return 0
}
