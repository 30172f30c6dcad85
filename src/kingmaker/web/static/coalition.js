// The coalition calculator: every edit of the seat table asks /api/coalition and redraws the
// results (the analysis runs on the server: exact power indices, minimal winning coalitions); a
// what-if (without a party, parties merged, a tie dropped) is drawn beside the baseline. A quota the
// user typed is kept when seats change; otherwise the quota follows the majority.
"use strict";
(() => {
  const {el, clear, getJSON} = KM;
  const form = document.getElementById("coalition-form");
  const results = document.getElementById("coalition-results");
  const whatIfBox = document.getElementById("what-if-results");
  const WHAT_IF = ["without", "with", "drop_tie"];
  let timer = null, seq = 0;
  let quotaTouched = new URLSearchParams(location.search).has("quota");  // the user's own quota

  const pick = document.getElementById("results-document");
  if (pick) pick.addEventListener("change", () => {  // other results: the page reloads with their seats
    const q = new URLSearchParams();
    if (pick.value) q.set("document", pick.value);
    const asOf = form.querySelector("input[name=as_of]");
    if (asOf) q.set("as_of", asOf.value);
    location.assign("/coalition?" + q);
  });

  function query(dropQuota) {
    const q = new URLSearchParams();
    const names = form.querySelectorAll("input[name=party]"), seats = form.querySelectorAll("input[name=seats]");
    names.forEach((box, i) => {
      if (box.value.trim() && seats[i].value !== "") { q.append("party", box.value.trim()); q.append("seats", seats[i].value); }
    });
    const quota = form.querySelector("input[name=quota]");
    if (quota.value && !dropQuota) q.set("quota", quota.value);
    // the chamber size holds the unattributed seats; once the listed seats outgrow it, it is dropped
    // (the quota then follows the seats listed)
    const size = form.querySelector("input[name=size]");
    let listed = 0;
    seats.forEach((box, i) => { if (names[i].value.trim() && box.value !== "") listed += Number(box.value); });
    if (size && size.value && Number(size.value) >= listed) q.set("size", size.value);
    const others = form.querySelector("select[name=others]");
    if (others) q.set("others", others.value);
    if (form.querySelector("input[name=respect_opposition]").checked) q.set("respect_opposition", "1");
    const asOf = form.querySelector("input[name=as_of]");
    if (asOf) q.set("as_of", asOf.value);
    const doc = form.querySelector("input[name=document]");
    if (doc) q.set("document", doc.value);
    for (const name of WHAT_IF) {
      const v = form.elements[name].value.trim();
      if (v) q.set(name, v);
    }
    return q;
  }

  async function update(dropQuota) {
    const mine = ++seq;
    const q = query(dropQuota);
    history.replaceState(null, "", location.pathname + "?" + q);
    let c;
    try {
      c = await getJSON("/api/coalition?" + q);
    } catch (err) {
      if (mine !== seq) return;
      clear(results).appendChild(el("p", {class: "notice", id: "coalition-error", text: err.message}));
      return;
    }
    if (mine !== seq) return;
    if (dropQuota) form.querySelector("input[name=quota]").value = c.quota;
    render(c, results, "coalition");
    whatIfBox.hidden = !c.what_if;
    clear(whatIfBox);
    if (c.what_if) {
      const w = c.what_if, said = [];
      if (w.without.length) said.push("without " + w.without.join(", "));
      if (w.merged.length) said.push(w.merged.join(", ") + " merged");
      if (w.dropped_ties && w.dropped_ties.length) said.push("dropping tie " + w.dropped_ties.join(", "));
      render(w.result, whatIfBox, "what-if");
      whatIfBox.insertBefore(el("h2", {id: "what-if-title", text: "What if: " + said.join("; ")}), whatIfBox.firstChild);
      results.insertBefore(el("h2", {text: "Baseline"}), results.firstChild);
    }
  }

  function render(c, box, prefix) {
    clear(box);
    const results = box;
    const warnings = document.getElementById("coalition-warnings");
    if (warnings && prefix === "coalition") {
      clear(warnings);
      for (const w of c.warnings || []) warnings.appendChild(el("p", {class: "notice warn", text: w}));
    }
    const counted = c.minimal_winning_count === null ? "uncounted" : c.minimal_winning_count;
    results.appendChild(el("p", {id: prefix + "-summary"}, "Quota ", el("strong", {text: c.quota}),
      ` of ${c.total_seats} seats · ${counted} minimal winning coalition(s).` +
      (c.samples ? ` Indices sampled (${c.samples} samples).` : "")));
    const tbody = el("tbody");
    for (const p of c.parties) {
      tbody.appendChild(el("tr", {}, el("td", {text: p.name}), el("td", {class: "num", text: p.seats}),
        el("td", {class: "num", text: (100 * p.share).toFixed(1) + "%"}),
        el("td", {class: "num", text: p.banzhaf.toFixed(3)}), el("td", {class: "num", text: p.shapley.toFixed(3)})));
    }
    const ind = c.independents;
    if (ind) {
      tbody.appendChild(el("tr", {class: "independents"}, el("td", {text: `${ind.seats} unattributed (independent members)`}),
        el("td", {class: "num", text: ind.seats}), el("td", {class: "num", text: (100 * ind.share).toFixed(1) + "%"}),
        el("td", {class: "num", text: ind.banzhaf.toFixed(3)}), el("td", {class: "num", text: ind.shapley.toFixed(3)})));
    }
    results.appendChild(el("table", {class: "grid", id: prefix === "coalition" ? "power-table" : "what-if-power-table"},
      el("thead", {}, el("tr", {}, ...["party", "seats", "share", "Banzhaf", "Shapley-Shubik"].map((h) => el("th", {text: h})))),
      tbody));
    results.appendChild(el("h2", {text: "Minimal winning coalitions"}));
    const ol = el("ol", {id: prefix + "-list"});
    for (const co of c.coalitions) {
      const parts = co.members.slice();
      if (co.independents) parts.push(`${co.independents} of ${ind.seats} unattributed`);
      ol.appendChild(el("li", {class: co.feasible ? null : "infeasible"}, `${parts.join(" + ")} = ${co.seats}`,
        co.opposed_pairs.length ? el("span", {class: "warn", text: ` (opponents: ${co.opposed_pairs.map((p) => p.join(" / ")).join("; ")})`}) : null,
        co.with_allies ? el("span", {class: "ok", text: " (declared allies)"}) : null));
    }
    if (c.minimal_winning === null) ol.appendChild(el("li", {text: "(too many to list)"}));
    results.appendChild(ol);
  }

  form.addEventListener("input", (ev) => {
    clearTimeout(timer);
    if (ev.target.name === "quota") quotaTouched = ev.target.value !== "";
    // a changed seat count moves the majority: recompute the quota unless the user set one
    const dropQuota = !quotaTouched;
    timer = setTimeout(() => update(dropQuota), 250);
  });
  form.addEventListener("submit", (ev) => { ev.preventDefault(); update(false); });
  if (WHAT_IF.some((name) => form.elements[name].value.trim())) update(false);  // a shared what-if URL
})();
