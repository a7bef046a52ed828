// The job page's progress bar, updated in place; without this script the page reloads itself.
(function () {
  "use strict";
  var bar = document.getElementById("postep");
  if (!bar || bar.getAttribute("data-stan") !== "trwa") return;
  var fill = bar.querySelector(".wypelnienie");
  var status = document.getElementById("postep-stan");
  var source = bar.getAttribute("data-zrodlo");
  var lastText = "";

  function show(job) {
    // 100 is left for the finished job, whose page the reload shows.
    var percent = job.total > 0 ? Math.min(99, Math.floor((100 * job.done) / job.total)) : 0;
    bar.setAttribute("aria-valuenow", String(percent));
    fill.style.width = percent + "%";
    var text = job.total > 0 ? "Utworzono " + job.done + " z " + job.total + " dokumentów." : "Zadanie czeka w kolejce.";
    if (text !== lastText) {
      status.textContent = text;
      lastText = text;
    }
  }

  function poll() {
    fetch(source, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (job) {
        if (job.state === "queued" || job.state === "running") {
          show(job);
          window.setTimeout(poll, 700);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        window.setTimeout(function () { window.location.reload(); }, 2000);
      });
  }

  window.setTimeout(poll, 300);
})();
