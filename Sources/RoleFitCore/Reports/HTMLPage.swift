/// The shell of every HTML report: one self-contained page with inline CSS, no scripts and a
/// Content-Security-Policy that forbids any network access.
public enum HTMLPage {
    /// The page around `body` (already HTML); the title is escaped here.
    public static func render(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="rolefit \(HTMLEscape.text(RoleFitVersion.current))">
        <title>\(HTMLEscape.text(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// The shared style sheet: readable type, tables, the disclaimer box, chart text and print rules.
    static let css = """
        :root { color-scheme: light; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d2430; background: #ffffff; margin: 0; }
        main { max-width: 1000px; margin: 0 auto; padding: 24px 28px 48px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 30px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #e3e7ee; }
        p { margin: 6px 0; }
        .meta { color: #5b6472; margin: 0 0 14px; }
        .headline { font-size: 21px; font-weight: 600; margin: 12px 0; }
        .disclaimer { background: #fff6e0; border-left: 4px solid #e2b33c; padding: 10px 14px; margin: 14px 0; }
        .note { color: #5b6472; font-size: 13.5px; }
        .pair { display: flex; flex-wrap: wrap; gap: 12px 48px; }
        .pair ul { margin: 4px 0; padding-left: 20px; }
        table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
        th, td { border-bottom: 1px solid #e3e7ee; padding: 5px 7px; text-align: left; vertical-align: top; }
        th { background: #f5f7fa; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        .right { color: #1b7f4c; font-weight: 600; }
        .wrong { color: #c0392b; font-weight: 600; }
        .muted { color: #8a93a1; }
        svg.chart { max-width: 100%; height: auto; display: block; margin: 6px 0 4px; }
        svg text { font-family: inherit; font-size: 13px; fill: #1d2430; }
        svg text.axis, svg text.small { font-size: 11px; }
        svg text.axis { fill: #5b6472; }
        code { font-size: 12.5px; overflow-wrap: anywhere; }
        .scroll { overflow-x: auto; }
        .legend { display: flex; flex-wrap: wrap; gap: 2px 18px; font-size: 13px; color: #5b6472; margin: 2px 0 8px; }
        .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; border-radius: 2px; }
        td, th, li, p { overflow-wrap: break-word; }
        @media (max-width: 640px) { main { padding: 16px 12px 32px; } h1 { font-size: 22px; } table { font-size: 12.5px; } th, td { padding: 4px 4px; } }
        .flag { color: #c0392b; }
        @media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
        """
}
