import Foundation
import Testing

@testable import RoleFitCore

@Suite("Session durations: bounded parsing and saturating conversions")
struct SessionDurationTests {
    @Test("time limits within 1 s–24 h parse; anything else is refused")
    func parsing() throws {
        #expect(try SessionDuration.parseTimeLimit("25m") == 1500)
        #expect(try SessionDuration.parseTimeLimit("1h30m") == 5400)
        #expect(try SessionDuration.parseTimeLimit("90S") == 90)
        #expect(try SessionDuration.parseTimeLimit("20") == 1200)
        #expect(try SessionDuration.parseTimeLimit("24h") == 86_400)
        for bad in [
            "99999999999999999999h", "inf", "infinity", "nan", "3000000000000000h", "1e400", "0", "0s", "", "h", "1.2.3m",
            "24h1s", "-1m", "1m-", "٣m", String(repeating: "9", count: 400),
        ] {
            #expect(throws: SessionDuration.ParseError.self, "\(bad)") { try SessionDuration.parseTimeLimit(bad) }
        }
    }

    @Test("conversions to whole numbers saturate instead of trapping")
    func saturation() {
        #expect(SessionDuration.wholeSeconds(1e19) == SessionDuration.largestWholeSeconds)
        #expect(SessionDuration.wholeSeconds(.infinity) == 0)
        #expect(SessionDuration.wholeSeconds(-.infinity) == 0)
        #expect(SessionDuration.wholeSeconds(.nan) == 0)
        #expect(SessionDuration.wholeSeconds(61.4) == 61)
        #expect(SessionDuration.clockText(1.7e308).hasSuffix("m40s"))
        #expect(ReportText.duration(1e19).hasSuffix(" s"))
        #expect(SessionDuration.wholeMinutes(3.6e23) == 16_666_666_667)
        #expect(SessionDuration.answerTime(.infinity) == 86_400)
        #expect(SessionDuration.answerTime(1e300) == 86_400)
        #expect(SessionDuration.answerTime(-3) == 0)
    }
}
