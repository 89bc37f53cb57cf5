/* "Copy as evidence" on source pages. The briefings plugin adds this script while serving
 * (copy_evidence: serve, the default) or in every build (copy_evidence: always).
 *
 * Selecting words in the article's text shows a small button. It copies a YAML evidence item, the
 * source's id and the words exactly as the seed has them, escaped for a YAML double-quoted string:
 *
 *   - source: "putin-rejects-boots-on-the-ground"
 *     quote: "Definitely not, they cannot."
 *
 * The page's HTML is not the seed's text (escapes, marks, white space), so the words are looked up in
 * the seed's own paragraphs (assets/briefings/text/<id>.json, written beside the pages by the plugin),
 * compared as `check` compares quotes (white space, quote marks and dashes forgiven), and the seed's
 * characters are copied. A selection across paragraphs, or whose words are not in the paragraph, is
 * refused with the reason: a quote must be one passage of one paragraph.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var root = document.querySelector(".bp-source-text[data-source]");
  if (!script || !root) return;
  var sourceId = root.getAttribute("data-source");
  var paragraphs = null;
  var loadFailed = false;
  var pending = null;

  // The typography `check` forgives (generator/inputs/matching.py): each maps to one character.
  var TYPOGRAPHY = {};
  "‘’‚‛′`´".split("").forEach(function (c) { TYPOGRAPHY[c] = "'"; });
  "“”„‟″«»".split("").forEach(function (c) { TYPOGRAPHY[c] = "\""; });
  "‐‑‒–—―−".split("").forEach(function (c) { TYPOGRAPHY[c] = "-"; });

  /* text normalised as quotes are compared, with the index in `text` of each character kept */
  function normalised(text) {
    var out = [];
    var at = [];
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (/\s/.test(c)) {
        if (out.length && out[out.length - 1] !== " ") { out.push(" "); at.push(i); }
        continue;
      }
      out.push(TYPOGRAPHY[c] || c);
      at.push(i);
    }
    while (out.length && out[out.length - 1] === " ") { out.pop(); at.pop(); }
    return { text: out.join(""), at: at };
  }

  /* The same rule as generator.authoring.draft.yaml_string: JSON's escapes, plus characters YAML may not hold. */
  function yamlString(text) {
    return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, function (c) {
      return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
  }

  function evidenceItem(quote) {
    return "- source: " + yamlString(sourceId) + "\n  quote: " + yamlString(quote) + "\n";
  }

  /* The seed's paragraph shown by <p> element `p`: by position, checked by content. */
  function seedParagraph(p) {
    var shown = normalised(p.textContent).text;
    var all = root.querySelectorAll(":scope > p");
    var index = Array.prototype.indexOf.call(all, p);
    if (index >= 0 && index < paragraphs.length && normalised(paragraphs[index]).text === shown) {
      return paragraphs[index];
    }
    for (var i = 0; i < paragraphs.length; i++) {
      if (normalised(paragraphs[i]).text === shown) return paragraphs[i];
    }
    return null;
  }

  function paragraphOf(node) {
    var el = node.nodeType === 1 ? node : node.parentElement;
    var p = el ? el.closest("p") : null;
    return p && p.parentElement === root ? p : null;
  }

  /* {quote} for the current selection, or {refused: reason}; null when nothing of the article is selected. */
  function examine(selection) {
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    var range = selection.getRangeAt(0);
    var inStart = root.contains(range.startContainer);
    var inEnd = root.contains(range.endContainer);
    if (!inStart && !inEnd) return null;
    if (!range.toString().trim()) return null;
    if (!inStart || !inEnd) return { refused: "The selection goes beyond the article's text. Select words of one paragraph." };
    var first = paragraphOf(range.startContainer);
    var last = paragraphOf(range.endContainer);
    if (!first || first !== last) {
      return { refused: "The selection spans more than one paragraph. A quote is one passage of one paragraph: copy each paragraph as its own evidence item." };
    }
    if (loadFailed) return { refused: "The source's text could not be loaded, so the words cannot be checked." };
    if (!paragraphs) return { refused: "The source's text is still loading; try again in a moment." };
    var seed = seedParagraph(first);
    if (seed === null) return { refused: "This paragraph differs from the source's text, so the words cannot be checked." };
    var wanted = range.toString().trim();
    var exact = seed.indexOf(wanted);
    if (exact >= 0) return { quote: wanted };
    var para = normalised(seed);
    var sel = normalised(wanted).text;
    var at = sel ? para.text.indexOf(sel) : -1;
    if (at < 0) return { refused: "The selected words are not in the source's text exactly as shown. Select them again, within one paragraph." };
    return { quote: seed.slice(para.at[at], para.at[at + sel.length - 1] + 1) };
  }

  var box = document.createElement("div");
  box.className = "bp-copy";
  box.hidden = true;
  var button = document.createElement("button");
  button.type = "button";
  button.className = "bp-copy__button";
  button.textContent = "Copy as evidence";
  var status = document.createElement("span");
  status.className = "bp-copy__status";
  status.setAttribute("role", "status");
  box.appendChild(button);
  box.appendChild(status);
  document.body.appendChild(box);

  function place(selection) {
    var rect = selection.getRangeAt(0).getBoundingClientRect();
    box.style.top = (window.scrollY + rect.bottom + 6) + "px";
    box.style.left = Math.max(8, Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - 320)) + "px";
  }

  function update() {
    var selection = window.getSelection();
    var found = examine(selection);
    if (!found) {
      if (!box.contains(document.activeElement)) box.hidden = true;
      return;
    }
    pending = found;
    status.textContent = "";
    box.classList.remove("bp-copy--refused");
    place(selection);
    box.hidden = false;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {  // a site served over plain http
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy refused"));
    });
  }

  button.addEventListener("mousedown", function (event) { event.preventDefault(); });  // keep the selection
  button.addEventListener("click", function () {
    var found = pending || examine(window.getSelection());
    if (!found) return;
    if (found.refused) {
      box.classList.add("bp-copy--refused");
      status.textContent = "Not copied: " + found.refused;
      return;
    }
    copyText(evidenceItem(found.quote)).then(function () {
      box.classList.remove("bp-copy--refused");
      status.textContent = "Copied an evidence item for " + sourceId + ".";
    }, function () {
      box.classList.add("bp-copy--refused");
      status.textContent = "Not copied: the browser refused access to the clipboard.";
    });
  });

  var timer = 0;
  document.addEventListener("selectionchange", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 50);
  });

  window.fetch(new URL("text/" + encodeURIComponent(sourceId) + ".json", script.src).href)
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (data) { paragraphs = data.paragraphs; })
    .catch(function () { loadFailed = true; });

  // for the browser tests
  window.BriefingsEvidence = {
    yamlString: yamlString,
    ready: function () { return paragraphs !== null || loadFailed; }
  };
})();
