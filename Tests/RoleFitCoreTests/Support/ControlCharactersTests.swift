import Testing

@testable import RoleFitCore

@Suite("Control characters and names")
struct ControlCharactersTests {
    @Test("C0/C1 controls, DEL and bidi controls are refused; tab, newline and ordinary text pass")
    func forbidden() {
        for value: UInt32 in [0x00, 0x07, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, 0x202A, 0x202E, 0x2066, 0x2069] {
            #expect(ControlCharacters.isForbidden(Unicode.Scalar(value)!), "\(value)")
        }
        for value: UInt32 in [0x09, 0x0A, 0x20, 0x41, 0xE9, 0x200E, 0x2028, 0x2070, 0x1F600] {
            #expect(!ControlCharacters.isForbidden(Unicode.Scalar(value)!), "\(value)")
        }
        #expect(ControlCharacters.name("\u{202E}") == "U+202E (right-to-left override)")
    }

    @Test("a typed name loses control and bidi characters and is cut to 80; --name is checked")
    func names() {
        #expect(PersonName.cleaned("  Eve\u{202E}gnp.exe \u{1B}]52;c;x\u{07} ") == "Evegnp.exe ]52;c;x")
        #expect(PersonName.cleaned(String(repeating: "a", count: 200)).count == 80)
        #expect(PersonName.cleaned("\u{202E}\u{2066}") == "")
        #expect(PersonName.problem(with: "Ana María") == nil)
        #expect(PersonName.problem(with: "Eve\u{202E}") != nil)
        #expect(PersonName.problem(with: String(repeating: "a", count: 81)) != nil)
        #expect(PersonName.problem(with: "two\nlines") != nil)
    }
}
