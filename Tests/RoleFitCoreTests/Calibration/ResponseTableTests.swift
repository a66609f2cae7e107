import Foundation
import Testing

@testable import RoleFitCore

@Suite("Calibration input")
struct ResponseTableTests {
    func parse(_ text: String, model: CalibrationModel = .twoPL) throws -> ResponseTable {
        try ResponseTable.parse(Array(text.utf8), path: "answers.csv", model: model)
    }

    func error(_ text: String, model: CalibrationModel = .twoPL) -> CalibrationInputError? {
        do {
            _ = try parse(text, model: model)
            return nil
        } catch let error as CalibrationInputError {
            return error
        } catch {
            return nil
        }
    }

    @Test("Empty cells are not-presented items; CRLF and blank lines are fine")
    func sparseCells() throws {
        let table = try parse("id,i0,i1,i2\r\n1,1,,0\r\n\r\n2,,1,\r\n")
        #expect(table.itemNames == ["i0", "i1", "i2"])
        #expect(table.personIDs == ["1", "2"])
        #expect(table.matrix.answerCount == 3)
        #expect(table.matrix.categoryCounts == [[0, 1], [0, 1], [1, 0]])
    }

    @Test("A ragged row is a located error naming both field counts")
    func raggedRow() {
        let problem = error("id,i0,i1\n1,1,0\n2,1\n")
        #expect(problem?.line == 3)
        #expect(problem?.description.hasPrefix("answers.csv:3: this row has 2 fields but the header has 3") == true)
    }

    @Test("A non-numeric cell is located by line and column and names the item", arguments: ["yes", "1x", "-1", "0.5", "\"1\""])
    func nonNumeric(cell: String) {
        let problem = error("id,q1,q2\n1,0,\(cell)\n")
        #expect(problem?.line == 2 && problem?.column == 3)
        #expect(problem?.reason.contains("item q2") == true)
    }

    @Test("A 2 in a 2PL file says to use a polytomous model")
    func codeTooLargeForTwoPL() {
        let problem = error("id,i0\n1,2\n")
        #expect(problem?.reason.contains("--model grm or gpcm") == true)
    }

    @Test("An empty file and a header without items are errors, not crashes")
    func emptyFiles() {
        #expect(error("")?.line == 1)
        #expect(error("id\n1\n")?.reason.contains("no item columns") == true)
    }

    @Test("An item nobody answered and a category nobody chose are listed exclusions; the rest is fitted, no NaN")
    func exclusions() throws {
        var rows = ["id,i0,i1,i2,i3"]
        var generator = SeededGenerator(seed: 3)
        for person in 0..<300 {
            let theta = generator.nextStandardNormal()
            let i0 = generator.nextUnit() < 1 / (1 + exp(-(theta + 0.5))) ? 1 : 0
            let i1 = generator.nextUnit() < 1 / (1 + exp(-(theta - 0.3))) ? 2 : 0  // category 1 never used
            let i3 = Int(min(2, max(0, (theta + 1.2 + generator.nextStandardNormal()).rounded())))
            rows.append("\(person),\(i0),\(i1),,\(i3)")
        }
        let table = try parse(rows.joined(separator: "\n"), model: .graded)
        let result = BockAitkinEM().fit(table.matrix, model: .graded)
        #expect(result.items[1].exclusion == .unusedCategory(1))
        #expect(result.items[2].exclusion == .noAnswers)
        #expect(result.items[0].exclusion == .unusedCategory(2))
        #expect(result.items[3].estimate != nil)
        let csv = EstimatesCSV.text(for: result, categoryCount: table.matrix.categoryCount)
        #expect(!csv.lowercased().contains("nan") && !csv.contains("inf"))
        #expect(csv.split(separator: "\n")[3] == "2,,,")
        #expect(result.logLikelihood.isFinite && result.maximumAbsoluteScore.isFinite)
    }

    @Test("A file with no people fits nothing and says so")
    func noPeople() throws {
        let table = try parse("id,i0,i1\n")
        let result = BockAitkinEM().fit(table.matrix, model: .twoPL)
        #expect(result.items.allSatisfy { $0.exclusion == .noAnswers })
        #expect(result.logLikelihood == 0 && result.personCount == 0)
    }
}
