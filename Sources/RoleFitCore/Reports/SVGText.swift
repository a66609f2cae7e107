/// Small helpers for writing SVG by hand.
enum SVGText {
    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        // Clamped far outside any chart, so a schema-valid extreme (a θ of 1e300) cannot overflow Int.
        let rounded = min(1e12, max(-1e12, value.isFinite ? value : 0)) * 10
        let tenths = Int(rounded.rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(format: "%.1f", Double(tenths) / 10)
    }

    /// An opening `<svg>` with a viewBox, a fixed size, an accessible label and a `<title>`.
    static func open(width: Double, height: Double, label: String) -> String {
        let escaped = HTMLEscape.text(label)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
            + "width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\" aria-label=\"\(escaped)\"><title>\(escaped)</title>\n"
    }

    /// A rectangle.
    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, extra: String = "") -> String {
        "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(0, width)))\" height=\"\(number(max(0, height)))\" fill=\"\(fill)\"\(extra.isEmpty ? "" : " " + extra)/>\n"
    }

    /// A text element; the content is escaped.
    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", extra: String = "") -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\"\(extra.isEmpty ? "" : " " + extra)>\(HTMLEscape.text(content))</text>\n"
    }

    /// A generous estimate of the widest text's width in px at `fontSize` in a sans-serif font (0.6 em a
    /// character, 0.65 bold; wide characters count double), so a label column never cuts a label.
    static func width(of texts: [String], fontSize: Double, bold: Bool = false) -> Double {
        let widest =
            texts.map { text in
                text.unicodeScalars.reduce(0.0) { total, scalar in total + (scalar.value > 0x2E80 ? 2 : 1) }
            }.max() ?? 0
        return widest * fontSize * (bold ? 0.65 : 0.6)
    }
}
