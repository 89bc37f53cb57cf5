/* Briefing pages, progressively enhanced: every page works without this script.
 *
 * 1. Source pages: a citation link (#q-xxxxxxxx) highlights every mark of the
 *    quoted passage (it may span paragraphs) and scrolls it into view, on load
 *    and whenever the hash changes.
 * 2. Timeline page: the actor filter (hidden without the script) shows only the
 *    events involving one actor and dims the other rows of the chart.
 */
(function () {
  "use strict";

  var TARGET = "bp-passage--target";

  function passageId() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    return /^q-[A-Za-z0-9_-]+$/.test(id) ? id : "";
  }

  // smooth: animate the scroll (on a hash change); on load jump straight there.
  function highlightPassage(smooth) {
    var old = document.querySelectorAll("mark." + TARGET);
    for (var i = 0; i < old.length; i++) old[i].classList.remove(TARGET);
    var id = passageId();
    if (!id) return;
    var marks = document.querySelectorAll("mark.bp-passage[data-passages~='" + id + "']");
    for (var j = 0; j < marks.length; j++) marks[j].classList.add(TARGET);
    if (marks.length) {
      var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      marks[0].scrollIntoView({ block: "center", behavior: smooth && !reduce ? "smooth" : "auto" });
    }
  }

  function setUpFilter() {
    var form = document.querySelector("form[data-bp-filter]");
    if (!form) return;
    var select = form.querySelector("select");
    var status = form.querySelector("output");
    var items = document.querySelectorAll(".bp-tl-item[data-actors]");
    var years = document.querySelectorAll(".bp-tl-year");
    var lanes = document.querySelectorAll(".bp-lane[data-actor]");

    function apply() {
      var actor = select.value;
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var match = !actor || (" " + items[i].getAttribute("data-actors") + " ").indexOf(" " + actor + " ") >= 0;
        items[i].hidden = !match;
        if (match) shown++;
      }
      for (var y = 0; y < years.length; y++) {
        years[y].hidden = !years[y].querySelector(".bp-tl-item:not([hidden])");
      }
      for (var l = 0; l < lanes.length; l++) {
        lanes[l].classList.toggle("bp-dim", !!actor && lanes[l].getAttribute("data-actor") !== actor);
      }
      var name = actor ? select.options[select.selectedIndex].text.replace(/\s*\(\d+\)$/, "") : "";
      status.textContent = actor ? "Showing " + shown + " of " + items.length + " events involving " + name + "." : "";
      var url = new URL(window.location.href);
      if (actor) url.searchParams.set("actor", actor);
      else url.searchParams.delete("actor");
      window.history.replaceState(null, "", url.toString());
    }

    var wanted = new URL(window.location.href).searchParams.get("actor");
    if (wanted && select.querySelector("option[value='" + wanted.replace(/[^a-z0-9-]/g, "") + "']")) {
      select.value = wanted;
    }
    select.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    if (select.value) apply();
  }

  function init() {
    highlightPassage(false);
    setUpFilter();
  }

  window.addEventListener("hashchange", function () { highlightPassage(true); });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
