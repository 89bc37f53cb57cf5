/* While `mkdocs serve` runs (the briefings plugin adds this script then, and only then): the problems of
 * the last save, on every page, above its content. The plugin writes them to problems.json beside this
 * script after every build; live reload then brings each open page back with what is left.
 *
 * - Errors: a banner listing them (file:line:column, message, code, hint); the pages are those of the last
 *   good build until the files are fixed.
 * - Warnings only: the site shows the save, and a folded note under the same heading lists the warnings
 *   (an actor never used, a source never cited, a draft waiting, ...), open on a click.
 *
 * Everything shown is set as text (textContent), never as HTML: file names and messages can hold anything.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !window.fetch) return;
  var source = new URL("problems.json", script.src);

  function text(tag, className, content) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (content) el.textContent = content;
    return el;
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function item(problem) {
    var li = text("li", "bp-problems__item");
    var where = problem.path + ":" + problem.line + ":" + problem.column;
    li.appendChild(text("code", "bp-problems__where", where));
    li.appendChild(document.createTextNode(" "));
    li.appendChild(text("span", "bp-problems__severity", problem.severity + ": "));
    li.appendChild(text("span", "bp-problems__message", problem.message + " [" + problem.code + "]"));
    if (problem.hint) li.appendChild(text("span", "bp-problems__hint", "hint: " + problem.hint));
    return li;
  }

  function list(problems) {
    var ul = text("ul", "bp-problems__list");
    for (var i = 0; i < problems.length; i++) ul.appendChild(item(problems[i]));
    return ul;
  }

  function show(data) {
    var problems = data && Array.isArray(data.problems) ? data.problems : [];
    var errors = [], warnings = [];
    for (var i = 0; i < problems.length; i++) {
      if (problems[i].severity === "warning") warnings.push(problems[i]);
      else errors.push(problems[i]);  // an error, or anything unknown: shown, never hidden
    }
    var banner;
    if (errors.length) {
      banner = text("section", "bp-problems");
      banner.setAttribute("role", "alert");
      banner.setAttribute("aria-label", "Problems in the last save");
      var count = plural(errors.length, "error") + (warnings.length ? " and " + plural(warnings.length, "warning") : "");
      var title = text("p", "bp-problems__title");
      title.appendChild(text("strong", "", "The last save has " + count + "."));
      title.appendChild(document.createTextNode(
        " You are looking at the last good build; this page updates as soon as the files are fixed."));
      banner.appendChild(title);
      banner.appendChild(list(errors.concat(warnings)));
    } else if (warnings.length) {
      banner = text("section", "bp-problems bp-problems--warnings");
      banner.setAttribute("role", "status");
      banner.setAttribute("aria-label", "Warnings in the last save");
      var fold = text("details", "bp-problems__fold");
      var summary = text("summary", "bp-problems__title");
      summary.appendChild(text("strong", "", "The last save has " + plural(warnings.length, "warning") + "."));
      summary.appendChild(document.createTextNode(" The site shows it; open to see what to check."));
      fold.appendChild(summary);
      fold.appendChild(list(warnings));
      banner.appendChild(fold);
    } else {
      return;
    }
    var host = document.querySelector(".md-content__inner") || document.querySelector("main") || document.body;
    host.insertBefore(banner, host.firstChild);
  }

  window.fetch(source.href, { cache: "no-store" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(show)
    .catch(function () { /* no banner: the terminal still lists the problems */ });
})();
