// Layout check for RoleFit's HTML reports, run inside headless Chromium by the test suite
// (Tests/RoleFitEndToEndTests/Results/HTMLScreenshotTests.swift). It finds what a reader would see as
// broken at the window's width and writes the findings as JSON into a pre element with the id layout-check:
//   page-overflow    the document is wider than the viewport (the page scrolls sideways);
//   element-overflow an element reaches past the viewport's right edge (outside a scroll box);
//   cut-label        a chart label shortened with "…";
//   clipped-label    a chart label that reaches outside its chart (cut off at the edge);
//   clipped-text     an HTML element whose text is wider than its box and hidden.
(function () {
  const problems = [];
  const viewport = document.documentElement.clientWidth;
  const page = document.documentElement.scrollWidth;
  if (page > viewport + 1) problems.push({ kind: "page-overflow", detail: page + "px wide in a " + viewport + "px viewport" });
  const describe = (el) => el.tagName.toLowerCase() + ": " + (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 70);
  let reported = 0;
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest(".scroll") || el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > viewport + 1 && reported < 12) {
      // Only the innermost offenders: skip an element whose child overflows too.
      const child = Array.from(el.children).some((c) => c.getBoundingClientRect().right > viewport + 1);
      if (!child) { problems.push({ kind: "element-overflow", detail: describe(el) + " (right edge " + Math.round(box.right) + "px)" }); reported++; }
    }
    const style = getComputedStyle(el);
    if ((style.overflowX === "hidden" || style.textOverflow === "ellipsis") && el.scrollWidth > el.clientWidth + 1) {
      problems.push({ kind: "clipped-text", detail: describe(el) });
    }
  }
  for (const svg of document.querySelectorAll("svg")) {
    const frame = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll("text")) {
      const box = text.getBoundingClientRect();
      const content = text.textContent;
      if (content.includes("…")) problems.push({ kind: "cut-label", detail: content });
      if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
        problems.push({ kind: "clipped-label", detail: content });
      }
    }
  }
  const out = document.createElement("pre");
  out.id = "layout-check";
  out.textContent = JSON.stringify(problems);
  document.body.appendChild(out);
})();
