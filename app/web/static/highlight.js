// Marking quoted spans inside plain text, without ever parsing the text as HTML.

/**
 * Ranges `[start, end, cls, title]` of every occurrence of each span's text in `text`.
 * Overlaps keep the earlier (then longer) range.
 */
export function findRanges(text, spans) {
  const ranges = [];
  for (const { text: needle, cls, title } of spans) {
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(needle, from);
      if (at < 0) break;
      ranges.push([at, at + needle.length, cls, title]);
      from = at + needle.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept = [];
  let end = -1;
  for (const r of ranges) {
    if (r[0] >= end) {
      kept.push(r);
      end = r[1];
    }
  }
  return kept;
}

/** Replace `el`'s content with `text`, wrapping each span occurrence in `<mark>`. */
export function renderMarked(el, text, spans) {
  el.replaceChildren();
  let pos = 0;
  for (const [start, end, cls, title] of findRanges(text, spans)) {
    if (start > pos) el.append(text.slice(pos, start));
    const mark = document.createElement("mark");
    mark.className = cls || "";
    if (title) mark.title = title;
    mark.textContent = text.slice(start, end);
    el.append(mark);
    pos = end;
  }
  el.append(text.slice(pos));
  // A trailing newline needs content after it to take up a line, as in the textarea.
  if (text.endsWith("\n")) el.append(" ");
}

/** Nodes of `text` with Markdown `**strong**` shown as `<strong>` (nothing else is parsed). */
export function withStrong(text) {
  return text.split(/\*\*(.+?)\*\*/g).map((part, i) => {
    if (i % 2 === 0) return part;
    const strong = document.createElement("strong");
    strong.textContent = part;
    return strong;
  });
}
