import Testing

@testable import RoleFitCore

@Suite("Where the banks are found without --banks")
struct BankFolderSearchTests {
    @Test("next to the executable, then PREFIX/share/rolefit, then the working directory; ROLEFIT_BANKS overrides")
    func order() {
        let all: Set<String> = ["/opt/rf/bin/QuestionBanks", "/opt/rf/share/rolefit/QuestionBanks", "QuestionBanks"]
        func search(_ existing: Set<String>, _ environment: [String: String] = [:]) -> BankFolderSearch {
            BankFolderSearch(executableFolder: "/opt/rf/bin", environment: environment, isFolder: { existing.contains($0) })
        }
        #expect(search(all).folder == "/opt/rf/bin/QuestionBanks")
        #expect(search(all.subtracting(["/opt/rf/bin/QuestionBanks"])).folder == "/opt/rf/share/rolefit/QuestionBanks")
        #expect(search(["QuestionBanks"]).folder == "QuestionBanks")
        #expect(search([]).folder == "QuestionBanks")
        #expect(search(all, ["ROLEFIT_BANKS": "/mine"]).folder == "/mine")
        #expect(search(all, ["ROLEFIT_BANKS": ""]).folder == "/opt/rf/bin/QuestionBanks")
        #expect(search([]).candidates == ["/opt/rf/bin/QuestionBanks", "/opt/rf/share/rolefit/QuestionBanks", "QuestionBanks"])
    }
}
