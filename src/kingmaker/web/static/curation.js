// Curation on the actor profile (only loaded when the server runs with --allow-edits): every step is a
// POST to /api/curation/ACTION, i.e. the store's curation API with its decision log and undo.
"use strict";
(() => {
  const {el, clear, getJSON, postJSON, actorHref} = KM;
  const article = document.querySelector("article.profile");
  const actor = article.getAttribute("data-actor");
  const section = document.getElementById("curation");
  const out = document.getElementById("curation-status");
  async function send(action, body) {
    out.textContent = "Saving…";
    try {
      const answer = await postJSON("/api/curation/" + action, body);
      out.textContent = "Saved. Reloading…";
      // a merge or rename may give the actor a new id: follow it; a rejected actor or an undo
      // may leave no page here
      const moved = !["reject", "reject-actor", "undo", "split"].includes(action) && answer.result && answer.result.id;
      if (action === "reject-actor" || action === "undo") location.assign("/actors");
      else if (moved) location.assign(actorHref(answer.result.id));
      else location.reload();
    } catch (err) {
      out.textContent = "Refused: " + err.message;
    }
  }
  const on = (id, handler) => {
    const form = document.getElementById(id);
    if (form) form.addEventListener("submit", (ev) => { ev.preventDefault(); handler(ev.target.elements); });
  };
  on("alias-form", (f) => send("alias", {actor, alias: f.alias.value}));
  on("alias-remove-form", (f) => send("alias-remove", {actor, alias: f.alias.value}));
  on("rename-form", (f) => send("rename", {actor, name: f.name.value}));
  on("split-form", (f) => send("split", {actor, alias: f.alias.value}));
  on("kind-form", (f) => send("kind", {actor, kind: f.kind.value}));
  on("reject-actor-form", () => send("reject-actor", {actor}));
  on("undo-form", () => send("undo", {}));
  for (const button of document.querySelectorAll("button.reject")) {
    button.addEventListener("click", () => send("reject", {id: button.getAttribute("data-id")}));
  }

  // ---- merge: a searchable picker, then a confirmation with both actors' names, kinds and counts
  const form = document.getElementById("merge-form");
  const input = document.getElementById("merge-search");
  const results = document.getElementById("merge-results");
  const confirmBox = document.getElementById("merge-confirm");
  let typing = null, other = null;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    form.elements.merge.value = "";
    typing = setTimeout(suggest, 120);
  });
  async function suggest() {
    const text = input.value.trim();
    clear(results);
    results.hidden = !text;
    if (!text) return;
    let hits = [];
    try { hits = (await getJSON("/api/actors?" + new URLSearchParams({q: text, limit: "12"}))).actors; } catch (err) { hits = []; }
    for (const a of hits.filter((x) => x.id !== actor)) {
      const li = el("li", {role: "option", "data-id": a.id},
        el("span", {class: "dot kind-" + (a.kind || "unknown")}), `${a.name} (${a.id})`);
      li.addEventListener("mousedown", (ev) => {
        ev.preventDefault();
        form.elements.merge.value = a.id;
        input.value = a.name;
        results.hidden = true;
      });
      results.appendChild(li);
    }
    if (!results.firstChild) results.appendChild(el("li", {class: "empty", text: "no other actor by that name"}));
  }
  function fill(row, a) {
    row.querySelector(".name").textContent = a.name;
    row.querySelector(".kind-cell").textContent = a.kind || "?";
    row.querySelector(".documents").textContent = a.documents;
    row.querySelector(".ties").textContent = a.ties;
    row.querySelector(".events").textContent = a.events;
  }
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const id = form.elements.merge.value;
    if (!id) { out.textContent = "Choose the actor to merge from the list."; return; }
    let p;
    try { p = await getJSON("/api/actors/" + encodeURIComponent(id)); } catch (err) {
      out.textContent = "Refused: " + err.message;
      return;
    }
    other = p.id;
    const d = section.dataset;
    fill(confirmBox.querySelector("tr.keep"), {name: d.name, kind: d.kind, documents: d.documents, ties: d.ties, events: d.events});
    fill(confirmBox.querySelector("tr.merged"), {name: p.name, kind: p.kind, documents: p.documents.length,
      ties: p.ties_out.length + p.ties_in.length, events: p.events.length});
    confirmBox.hidden = false;
    document.getElementById("merge-yes").focus();
  });
  document.getElementById("merge-no").addEventListener("click", () => { confirmBox.hidden = true; });
  document.getElementById("merge-yes").addEventListener("click", () => {
    confirmBox.hidden = true;
    send("merge", {keep: actor, merge: other, force: form.elements.force.checked});
  });
})();
