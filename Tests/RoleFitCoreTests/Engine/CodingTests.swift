import Foundation
import Testing

@testable import RoleFitCore

/// JSON forms the terminal and journals rely on.
@Suite("Engine JSON forms")
struct CodingTests {
    @Test("Answers encode as small objects; sets are sorted")
    func responses() throws {
        let forms: [(ItemResponse, String)] = [
            (.option(2), #"{"option":2}"#), (.options([3, 0, 1]), #"{"options":[0,1,3]}"#),
            (.rating(4), #"{"rating":4}"#), (.skipped, #"{"skipped":true}"#),
        ]
        for (response, json) in forms {
            #expect(String(decoding: try CanonicalJSON.encode(response), as: UTF8.self) == json)
            #expect(try JSONDecoder().decode(ItemResponse.self, from: Data(json.utf8)) == response)
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ItemResponse.self, from: Data("{}".utf8)) }
    }

    @Test("Recommendations encode kind and roles")
    func recommendations() throws {
        #expect(
            String(decoding: try CanonicalJSON.encode(Recommendation.hybrid("product", "program")), as: UTF8.self)
                == #"{"kind":"hybrid","roles":["product","program"]}"#)
        #expect(
            try JSONDecoder().decode(Recommendation.self, from: Data(#"{"kind":"role","roles":["tpm"]}"#.utf8)) == .role("tpm"))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Recommendation.self, from: Data(#"{"kind":"role","roles":["a","b"]}"#.utf8))
        }
    }

    @Test("Settings round-trip, and missing keys take the defaults")
    func settings() throws {
        let custom = SessionSettings(
            mode: .interview, targetRole: "tpm", selection: .information, minItems: 3, maxItems: 9,
            timeLimit: 1500, randomesqueCount: 5, seed: 77, itemsToAvoid: ["a", "b"],
            selfRatings: .pooled, areaCorrelation: 0.2)
        #expect(try JSONDecoder().decode(SessionSettings.self, from: CanonicalJSON.encode(custom)) == custom)
        #expect(try JSONDecoder().decode(SessionSettings.self, from: Data("{}".utf8)) == SessionSettings())
        let partial = try JSONDecoder().decode(SessionSettings.self, from: Data(#"{"seed":5,"selection":"random"}"#.utf8))
        #expect(partial.seed == 5 && partial.selection == .random && partial.maxItems == SessionSettings().maxItems)
        #expect(
            SessionSettings().thresholds
                == StoppingThresholds(
                    confidence: 0.9, indifferenceDelta: 0.1,
                    indifferenceConfidence: 0.9, topTwoConfidence: 0.98))
        #expect(SessionSettings().minItems == 10 && SessionSettings().randomesqueCount == 5)
        #expect(SessionSettings().contentMinimum == 1 && SessionSettings().contentWeightThreshold == 0.20)
    }

    @Test("The seeded generator is SplitMix64: known first outputs and unbiased bounded draws")
    func generator() {
        var generator = SeededGenerator(seed: 0)
        // Reference values of SplitMix64 seeded with 0.
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        var counts = [Int](repeating: 0, count: 3)
        var draws = SeededGenerator(seed: 123)
        for _ in 0..<30_000 { counts[draws.nextIndex(below: 3)] += 1 }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 400 })
        var unit = SeededGenerator(seed: 9)
        #expect((0..<1000).allSatisfy { _ in (0..<1).contains(unit.nextUnit()) })
    }
}
