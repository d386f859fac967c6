// kennis serve: reloads the page after each successful rebuild, and shows what is wrong while
// the site has errors (the last good build stays on show underneath). Added to pages only by
// the preview server, never to the built site.
(() => {
  "use strict";
  const OVERLAY_ID = "kennis-live-overlay";
  let generation = null;

  function line(finding) {
    const where = `${finding.file}:${finding.line}:${finding.column}`;
    const quoted = finding.text ? `: "${finding.text}"` : "";
    return `${where}: ${finding.severity}[${finding.code}]: ${finding.message}${quoted}`;
  }

  function show(report) {
    document.getElementById(OVERLAY_ID)?.remove();
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    if (errors.length === 0) {
      return;
    }
    const overlay = document.createElement("div");
    overlay.id = OVERLAY_ID;
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-label", "kennis: the site has errors");
    overlay.style.cssText =
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:1.5rem;" +
      "background:rgba(24,24,27,.95);color:#fafafa;font:14px/1.5 ui-monospace,monospace;";
    const heading = document.createElement("p");
    heading.style.cssText = "margin:0 0 1rem;font-weight:bold;color:#fca5a5;";
    heading.textContent =
      `kennis: ${errors.length} error(s). This page shows the last good build; ` +
      "fix the file(s) and save, and it reloads.";
    const list = document.createElement("ol");
    list.style.cssText = "margin:0;padding-left:1.5rem;";
    for (const finding of report.diagnostics) {
      const item = document.createElement("li");
      item.style.cssText = "margin:0 0 .5rem;white-space:pre-wrap;overflow-wrap:anywhere;";
      if (finding.severity !== "error") {
        item.style.color = "#fde68a";
      }
      item.textContent = line(finding);
      list.append(item);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.style.cssText = "position:absolute;top:1rem;right:1rem;font:inherit;";
    close.addEventListener("click", () => overlay.remove());
    overlay.append(close, heading, list);
    document.body.append(overlay);
  }

  let events = null;

  function listen() {
    events = new EventSource("/__kennis/events");
    events.addEventListener("status", (event) => {
      const status = JSON.parse(event.data);
      if (generation !== null && status.generation !== generation) {
        location.reload();
        return;
      }
      generation = status.generation;
      show(status.report);
    });
  }

  // A page the browser keeps in its back/forward cache would keep its connection open, and
  // HTTP/1.1 allows a browser six connections to the server: after six pages, loading the next
  // one would stall. So a page lets go when it is left and listens again when it comes back
  // (then the first status it gets reloads it if the site was rebuilt meanwhile).
  window.addEventListener("pagehide", () => events?.close());
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) {
      listen();
    }
  });
  listen();
})();
