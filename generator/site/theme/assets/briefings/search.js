/* Pagefind's search box in the header, and on the search page (search/?q=words).
 * Results load from the site's pagefind/ folder, a few small files per query. */
(function () {
  "use strict";
  if (typeof PagefindUI === "undefined") return;
  var header = document.getElementById("bp-search");
  var page = document.querySelector("[data-bp-search-page]");
  if (!header) return;
  var root = new URL(header.getAttribute("data-bp-root"), document.baseURI);
  var options = {
    bundlePath: new URL("pagefind/", root).pathname,
    baseUrl: root.pathname,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    debounceTimeoutMs: 100,
    highlightParam: "highlight",
    translations: { placeholder: "Search" },
  };
  function mount(element, extra) {
    var ui = new PagefindUI(Object.assign({ element: element }, options, extra || {}));
    var input = element.querySelector("input");
    if (input) {
      input.setAttribute("aria-label", "Search");
      input.removeAttribute("title");  /* Material would turn it into a tooltip over the results */
    }
    return ui;
  }
  /* Arrived from a result: mark the words searched for (Pagefind's highlighter, loaded only then). */
  if (new URLSearchParams(location.search).has("highlight")) {
    import(new URL("pagefind/pagefind-highlight.js", root).href).then(function () {
      new PagefindHighlight({ highlightParam: "highlight", markContext: "article" });
    }).catch(function () {});
  }
  if (page) {
    var ui = mount(page, { autofocus: true });
    var query = new URLSearchParams(location.search).get("q");
    if (query) ui.triggerSearch(query);
  } else {
    mount(header);
    /* A click or Tab elsewhere hides the results until the box has focus again. */
    var input = header.querySelector("input");
    var close = function (closed) { header.classList.toggle("bp-search--closed", closed); };
    document.addEventListener("pointerdown", function (e) { close(!header.contains(e.target)); });
    header.addEventListener("focusin", function () { close(false); });
    header.addEventListener("focusout", function (e) {
      if (!e.relatedTarget || !header.contains(e.relatedTarget)) close(true);
    });
    var clear = function () {
      if (input && input.value) {
        input.value = "";
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    };
    /* Escape clears the query; Enter opens the search page with it, for a full-width list. */
    header.addEventListener("keydown", function (e) {
      if (e.key === "Escape") {
        clear();
        input.blur();
      } else if (e.key === "Enter" && e.target === input && input.value.trim()) {
        e.preventDefault();
        location.href = new URL("search/?q=" + encodeURIComponent(input.value.trim()), root).href;
      }
    });
  }
})();
