// libFuzzer target: bank and catalogue files through YAMLDocumentReader, the decoders and the
// validator (BankLoader.load(documents:)). Built only by scripts/fuzz.sh (ROLEFIT_FUZZ=1).
import Foundation
import RoleFitCore

/// The fixture catalogue, so a fuzzed bank is decoded against real roles and skill areas.
let catalogue = Data(
    """
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
    """.utf8)

/// libFuzzer's entry point: runs one input through the reader; any crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBankLoader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    _ = BankLoader.load(documents: [("fuzz.yaml", data)])
    _ = BankLoader.load(documents: [("catalogue.yaml", catalogue), ("fuzz.yaml", data)])
    return 0
}
