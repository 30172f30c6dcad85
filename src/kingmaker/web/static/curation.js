// Curation on the actor profile (only loaded when the server runs with --allow-edits).
"use strict";
(() => {
  const article = document.querySelector("article.profile");
  const actor = article.getAttribute("data-actor");
  const out = document.getElementById("curation-status");
  async function send(action, body) {
    out.textContent = "Saving…";
    try {
      const answer = await KM.postJSON("/api/curation/" + action, body);
      out.textContent = "Saved. Reloading…";
      // a merge or alias may give the actor a new id: follow it; a rejected actor or an undo
      // may leave no page here
      const moved = !["reject", "reject-actor", "undo"].includes(action) && answer.result && answer.result.id;
      if (action === "reject-actor" || action === "undo") location.assign("/actors");
      else if (moved) location.assign(KM.actorHref(answer.result.id));
      else location.reload();
    } catch (err) {
      out.textContent = "Refused: " + err.message;
    }
  }
  document.getElementById("alias-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    send("alias", {actor, alias: ev.target.elements.alias.value});
  });
  for (const button of document.querySelectorAll("button.reject")) {
    button.addEventListener("click", () => send("reject", {id: button.getAttribute("data-id")}));
  }
  document.getElementById("merge-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    send("merge", {keep: actor, merge: ev.target.elements.merge.value, force: ev.target.elements.force.checked});
  });
  const on = (id, handler) => {
    const form = document.getElementById(id);
    if (form) form.addEventListener("submit", (ev) => { ev.preventDefault(); handler(ev.target.elements); });
  };
  on("alias-remove-form", (f) => send("alias-remove", {actor, alias: f.alias.value}));
  on("kind-form", (f) => send("kind", {actor, kind: f.kind.value}));
  on("reject-actor-form", () => send("reject-actor", {actor}));
  on("undo-form", () => send("undo", {}));
})();
