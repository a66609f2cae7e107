/// A small HTML-to-plain-text conversion for imported question text shown in a terminal.
enum HTMLText {
    /// Drops tags (line breaks and paragraph ends become newlines) and decodes character references.
    static func plain(_ html: String) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let close = scalars[index...].firstIndex(of: ">") {
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<close])).lowercased()
                let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
                if ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"].contains(name)
                    || (tag.hasPrefix("/") && ["p", "div", "li", "tr"].contains(String(tag.dropFirst())))
                {
                    output.append("\n")
                }
                index = close + 1
            } else if scalar == "&", let semicolon = scalars[index...].prefix(12).firstIndex(of: ";"),
                let decoded = entity(String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon])))
            {
                output.append(decoded)
                index = semicolon + 1
            } else {
                output.append(scalar)
                index += 1
            }
        }
        let lines = String(output).split(separator: "\n", omittingEmptySubsequences: false).map { GiftBlock.trim(String($0)) }
        var collapsed: [String] = []
        for line in lines where !(line.isEmpty && (collapsed.last?.isEmpty ?? true)) { collapsed.append(line) }
        return GiftBlock.trim(collapsed.joined(separator: "\n"))
    }

    /// The character a named or numeric reference stands for.
    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            }
            if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            return nil
        }
    }
}
