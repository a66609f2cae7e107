/// A key under a chart: a coloured square and its meaning per entry, as HTML (so it wraps on a narrow page).
public enum ChartLegend {
    /// The legend; labels are escaped.
    public static func html(_ entries: [(colour: String, label: String)]) -> String {
        "<p class=\"legend\">"
            + entries.map { entry in
                "<span><i style=\"background:\(entry.colour)\"></i>\(HTMLEscape.text(entry.label))</span>"
            }.joined() + "</p>\n"
    }
}
