/* While `mkdocs serve` runs (the briefings plugin adds this script then, and only then): when the last
 * save left errors, every page shows a banner listing them (file:line:column, message, hint) above its
 * content. The plugin writes them to problems.json beside this script after every build, and an empty
 * list after a good one; live reload then brings each open page back without the banner.
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

  function item(problem) {
    var li = text("li", "bp-problems__item");
    var where = problem.path + ":" + problem.line + ":" + problem.column;
    li.appendChild(text("code", "bp-problems__where", where));
    li.appendChild(document.createTextNode(" "));
    li.appendChild(text("span", "bp-problems__message", problem.message + " [" + problem.code + "]"));
    if (problem.hint) li.appendChild(text("span", "bp-problems__hint", "hint: " + problem.hint));
    return li;
  }

  function show(data) {
    var problems = data && Array.isArray(data.problems) ? data.problems : [];
    if (!problems.length) return;
    var banner = text("section", "bp-problems");
    banner.setAttribute("role", "alert");
    banner.setAttribute("aria-label", "Problems in the last save");
    var count = problems.length + (problems.length === 1 ? " error" : " errors");
    var title = text("p", "bp-problems__title");
    title.appendChild(text("strong", "", "The last save has " + count + "."));
    title.appendChild(document.createTextNode(
      " You are looking at the last good build; this page updates as soon as the files are fixed."));
    banner.appendChild(title);
    var list = text("ul", "bp-problems__list");
    for (var i = 0; i < problems.length; i++) list.appendChild(item(problems[i]));
    banner.appendChild(list);
    var host = document.querySelector(".md-content__inner") || document.querySelector("main") || document.body;
    host.insertBefore(banner, host.firstChild);
  }

  window.fetch(source.href, { cache: "no-store" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(show)
    .catch(function () { /* no banner: the terminal still lists the problems */ });
})();
