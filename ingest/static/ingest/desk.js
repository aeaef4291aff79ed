/* Keyboard shortcuts for the desk, never while typing in a field.
   Queue: j / k move the row cursor, o or Enter opens the story.
   Story page: p publish & next, a approve & next, e edit the headline. */
(function () {
  "use strict";
  function typing(event) {
    const el = event.target;
    return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
  }
  function queueKeys(rows) {
    let at = -1;
    function move(to) {
      if (!rows.length) return;
      if (at >= 0) rows[at].classList.remove("desk-cursor");
      at = Math.max(0, Math.min(rows.length - 1, to));
      rows[at].classList.add("desk-cursor");
      rows[at].scrollIntoView({block: "nearest"});
    }
    return function (event) {
      if (event.key === "j") move(at + 1);
      else if (event.key === "k") move(at - 1);
      else if ((event.key === "o" || event.key === "Enter") && at >= 0) {
        const link = rows[at].querySelector("th a");
        if (link) link.click();
      } else return;
      event.preventDefault();
    };
  }
  function storyKeys() {
    const press = {
      p: "#workflow button[name=_transition_next][value=published]",
      a: "#workflow button[name=_transition_next][value=approved]",
    };
    return function (event) {
      if (press[event.key]) {
        const button = document.querySelector(press[event.key]);
        if (!button) return;
        button.click();
      } else if (event.key === "e") {
        const headline = document.getElementById("id_headline");
        if (!headline) return;
        headline.focus();
      } else return;
      event.preventDefault();
    };
  }
  document.addEventListener("DOMContentLoaded", function () {
    const rows = Array.from(document.querySelectorAll(".model-story #result_list tbody tr"));
    const handler = rows.length ? queueKeys(rows) : (document.getElementById("workflow") ? storyKeys() : null);
    if (!handler) return;
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
      handler(event);
    });
  });
})();
