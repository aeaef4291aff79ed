/* The wire queue refreshes itself: every few seconds (data-every) it asks the new-stories endpoint how
   many stories matching this page's own filters and search arrived since the page was drawn
   (data-since, the server's clock), and shows "3 new stories — show". "show" reloads the queue with
   its filters kept, from its first page. No framework: one fetch, one counter, one link. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    const bar = document.getElementById("new-stories");
    if (!bar) return;
    const every = Math.max(1, Number(bar.dataset.every) || 15) * 1000;
    const title = document.title;
    let stopped = false;

    function queueParams() {
      const params = new URLSearchParams(window.location.search);
      params.delete("p");  // new stories land on top: "show" opens the first page
      params.delete("e");
      return params;
    }

    function show(count) {
      bar.querySelector(".new-stories-count").textContent = count + (count === 1 ? " new story" : " new stories");
      bar.hidden = false;
      document.title = "(" + count + ") " + title;
    }

    function ask() {
      if (stopped) return;
      if (document.hidden) { window.setTimeout(ask, every); return; }  // a background tab asks nothing
      const params = queueParams();
      params.set("since", bar.dataset.since);
      fetch(bar.dataset.url + "?" + params.toString(), {credentials: "same-origin", headers: {Accept: "application/json"}})
        .then(function (response) {
          if (response.status === 403 || response.status === 400) { stopped = true; return null; }  // logged out, or filters it cannot use
          return response.ok ? response.json() : null;
        })
        .then(function (data) { if (data && data.count > 0) show(data.count); })
        .catch(function () { /* offline a moment: ask again next time */ })
        .finally(function () { if (!stopped) window.setTimeout(ask, every); });
    }

    const link = document.getElementById("new-stories-show");
    link.addEventListener("click", function (event) {
      event.preventDefault();
      const query = queueParams().toString();
      window.location.assign(window.location.pathname + (query ? "?" + query : ""));
    });
    window.setTimeout(ask, every);
  });
})();
