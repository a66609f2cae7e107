// libFuzzer target: result documents through ResultFileReader.decode (JSON, schema check, decoding).
// Built only by scripts/fuzz.sh (ROLEFIT_FUZZ=1).
import Foundation
import RoleFitCore

/// libFuzzer's entry point: runs one input through the reader; any crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResultReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    _ = ResultFileReader.decode(data)
    return 0
}
