import Foundation
import Testing

@testable import RoleFitCore

/// Measures importing a generated file of 1,000 GIFT questions; prints the time, asserts only the result.
@Suite struct ImportBenchmarkTests {
    /// 1,000 questions mixing every importable kind, with comments, titles, feedback and categories.
    static func generated(count: Int = 1_000) -> String {
        var lines: [String] = []
        for index in 1...count {
            if index % 100 == 1 { lines += ["$CATEGORY: $course$/top/Area \(index / 100)", ""] }
            lines.append("// [id:gen-\(index)] [tag:generated] [tag:batch-\(index % 10)]")
            switch index % 4 {
            case 0:
                lines.append("::Question \(index)::Which option is right for case \(index) with a\\: colon?{")
                lines += [
                    "\t=Right answer \(index)#Correct because\\: reasons", "\t~Wrong one \(index)#No", "\t~Wrong two \(index)",
                    "\t####General feedback \(index)", "}",
                ]
            case 1:
                lines.append(
                    "Select all for case \(index).{~%50%First \(index) ~%50%Second \(index) ~%-100%Third \(index) ####Why \(index)}"
                )
            case 2:
                lines.append("Statement \(index) is true.{TRUE#Not quite#Yes####Because \(index)}")
            default:
                lines.append("Best action \(index)?{=Best \(index) ~%50%Middle \(index) ~Worst \(index)}")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    @Test func thousandQuestionsImport() {
        let bytes = Data(Self.generated().utf8)
        let start = ContinuousClock.now
        let result = ImportTestSupport.importBytes(bytes, format: .gift)
        let parsed = ContinuousClock.now - start
        let yaml = BankYAMLWriter.write(result.bank)
        let total = ContinuousClock.now - start
        #expect(result.report.errors.isEmpty)
        #expect(result.bank.items.count == 1_000)
        print(
            "benchmark: imported 1,000 GIFT questions (\(bytes.count) bytes) in \(parsed), with YAML writing \(total) (\(yaml.utf8.count) bytes of YAML)"
        )
    }
}
