import Foundation
import Testing

@testable import RoleFitCore

/// Every GIFT construct in constructs.gift maps to the item (or skip) Moodle's rules call for.
@Suite struct ImportGiftConstructTests {
    let result = ImportTestSupport.importBytes(
        ImportTestSupport.fixture("constructs.gift"), format: .gift,
        map: ["Risk": "risk-management"])

    func item(_ id: String) -> Item? { result.bank.items.first { $0.id == id } }
    func find(_ id: String) -> Item? { item(id) }

    @Test func importsTwelveAndSkipsSevenWithoutErrors() {
        #expect(result.report.errors.isEmpty, "\(result.report.errors)")
        #expect(result.report.importedCount == 12)
        #expect(result.report.skipped.count == 7)
        #expect(
            result.report.summary
                == "Imported 12 questions, skipped 7 (2 short answer, 1 matching, 1 numerical, 1 essay, 1 description, 1 several correct answers), 0 errors."
        )
    }

    @Test func singleChoiceWithIDTagsFeedbackAndGeneralFeedback() throws {
        let item = try #require(find("rd-import-001"))
        #expect(item.kind == .singleChoice)
        #expect(item.prompt == "Who usually owns the product roadmap?")
        #expect(item.options.map(\.text) == ["The product manager", "The project manager", "The program manager"])
        #expect(item.options.map(\.isCorrect) == [true, false, false])
        #expect(
            item.options.map(\.feedback) == ["Right: the roadmap says what and why.", "No: they own one effort's plan.", nil])
        #expect(item.explanation == "The product manager owns the why and what of a product.")
        #expect(item.tags == ["ownership", "roadmap"])
        #expect(item.parameterSource == .provisional(.easy))
    }

    @Test func titleBecomesTheIDWhenThereIsNoIDToken() {
        #expect(item("program-scope")?.options.first { $0.isCorrect }?.text == "Program manager")
    }

    @Test func questionsWithoutTitleOrIDAreNumbered() {
        #expect(item("imported-001")?.prompt == "Which artefact does a project manager keep?")
        #expect(item("imported-002")?.kind == .trueFalse)
    }

    @Test func weightedAnswersWithoutEqualsAreMultipleResponse() throws {
        let item = try #require(find("program-duties"))
        #expect(item.kind == .multipleResponse)
        #expect(item.options.map(\.isCorrect) == [true, true, false, false])
        #expect(item.tags == ["select-all"])
    }

    @Test func trueFalseKeepsBothFeedbacksAndGeneralFeedbackInTheExplanation() throws {
        let item = try #require(find("tf-001"))
        #expect(item.kind == .trueFalse)
        #expect(TrueFalseAnswer.of(item) == false)
        #expect(
            item.explanation
                == "Products are owned over their whole life.\n“True”: Wrong: it does not end there.\n“False”: Right: a product lives on."
        )
    }

    @Test func formatMarkersAreRemovedAndHTMLBecomesPlainText() {
        #expect(item("imported-002")?.prompt == "A **TPM** needs technical depth.")
        #expect(item("html-text")?.prompt == "Who signs off the business case & benefits?")
        #expect(result.report.issues.contains { $0.severity == .note && $0.line == 46 && $0.message.contains("HTML") })
    }

    @Test func plainMarkerIsRemovedAndEscapedBracketInATagIsRead() throws {
        let item = try #require(find("plain-marker"))
        #expect(item.prompt == "Plain text with a [bracket] stays as written.")
        #expect(item.tags == ["needs ] escape"])
    }

    @Test func escapesAreResolvedAndUnknownEscapesKeepTheirBackslash() throws {
        let item = try #require(find("escapes"))
        #expect(item.prompt == "Which formula reads a=b {set} ~ approx: 50\\% # 3?\nPick one.")
        #expect(item.options.map(\.text) == ["a=b holds: yes", "no \\ never"])
    }

    @Test func missingWordPutsABlankWhereTheAnswersWere() {
        #expect(item("missing-word")?.prompt == "A project has a defined _____ date.")
    }

    @Test func partialCreditWithEqualsIsAGradedScenario() throws {
        let item = try #require(find("graded-1"))
        #expect(item.kind == .gradedScenario)
        #expect(item.options.map(\.score) == [2, 1, 0])
    }

    @Test func categoriesMapToAreasAndDifficultyTokensAreRead() throws {
        let item = try #require(find("risk-1"))
        #expect(item.area == "risk-management")
        #expect(item.parameterSource == .provisional(.hard))
        #expect(self.item("rd-import-001")?.area == "role-literacy")
    }

    @Test func unsupportedTypesAreReportedWithTheirLines() {
        let skips = result.report.skipped.map { "\($0.line) \($0.skipKind ?? "")" }
        #expect(
            skips == [
                "63 short answer", "66 short answer", "69 matching", "72 numerical", "75 essay", "78 description",
                "81 several correct answers",
            ])
        #expect(result.report.skipped.first { $0.line == 66 }?.hint?.contains("T, TRUE, F or FALSE") == true)
    }

    @Test func theImportedBankPassesTheLoader() throws {
        let yaml = BankYAMLWriter.write(result.bank)
        let loaded = try #require(ImportTestSupport.load(yaml: yaml))
        #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics)")
        let bank = try #require(loaded.bankSet?.banks.first)
        #expect(bank.items.map(\.id) == result.bank.items.map(\.id))
        #expect(bank.items.map(\.options) == result.bank.items.map(\.options))
    }
}
