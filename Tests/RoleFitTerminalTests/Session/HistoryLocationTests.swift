import Testing

@testable import RoleFitCore
@testable import RoleFitTerminal

@Suite("Where the answer history is kept, and when it is not")
struct HistoryLocationTests {
    let home = ["HOME": "/home/a"]

    @Test("self-assessment and training keep a history under XDG_STATE_HOME or HOME")
    func kept() {
        #expect(
            HistoryLocation.file(environment: home, mode: .selfAssessment, noHistory: false)
                == "/home/a/.local/state/rolefit/history")
        #expect(
            HistoryLocation.file(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"], mode: .training, noHistory: false)
                == "/s/rolefit/history")
        #expect(
            HistoryLocation.file(environment: home.merging(["ROLEFIT_NO_HISTORY": "0"]) { $1 }, mode: .training, noHistory: false)
                != nil)
        #expect(
            HistoryLocation.file(environment: home.merging(["ROLEFIT_NO_HISTORY": ""]) { $1 }, mode: .training, noHistory: false)
                != nil)
    }

    @Test("interviews, --no-history and ROLEFIT_NO_HISTORY keep none")
    func optedOut() {
        #expect(HistoryLocation.file(environment: home, mode: .interview, noHistory: false) == nil)
        #expect(HistoryLocation.file(environment: home, mode: .selfAssessment, noHistory: true) == nil)
        for value in ["1", "yes", "true"] {
            #expect(
                HistoryLocation.file(
                    environment: home.merging(["ROLEFIT_NO_HISTORY": value]) { $1 }, mode: .selfAssessment, noHistory: false)
                    == nil)
        }
    }
}
