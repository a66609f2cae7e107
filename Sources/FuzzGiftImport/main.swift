// libFuzzer target: GIFT input through the parser and the question mapper (BankImporter.run).
// Built only by scripts/fuzz.sh (ROLEFIT_FUZZ=1).
import RoleFitCore

/// libFuzzer's entry point: runs one input through the reader; any crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGiftImport(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let options = ImportOptions(
        format: .gift, bankID: "fuzz", bankTitle: "Fuzz",
        areas: AreaResolver(defaultArea: "risk-management"), inputName: "fuzz.gift")
    _ = BankImporter.run(bytes: Array(bytes), options: options)
    return 0
}
